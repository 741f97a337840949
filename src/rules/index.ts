/**
 * The recommended rule set, in the order it runs: specific rules first, each
 * recognising one kind of boilerplate; the context rule last, for what no
 * specific rule names.
 */
import type { Rule } from '../types.js'
import { authorBio } from './author-bio.js'
import { boilerplateContext } from './boilerplate-context.js'
import { commentSection } from './comment-section.js'
import { cookieNotice } from './cookie-notice.js'
import { duplicateBlock } from './duplicate-block.js'
import { imageCaption } from './image-caption.js'
import { legalFooter } from './legal-footer.js'
import { merchAd } from './merch-ad.js'
import { navigation } from './navigation.js'
import { newsletterBox } from './newsletter-box.js'
import { offerTerms } from './offer-terms.js'
import { pageMeta } from './page-meta.js'
import { relatedLinks } from './related-links.js'
import { repeatedLine } from './repeated-line.js'
import { sectionLabel } from './section-label.js'
import { shareWidget } from './share-widget.js'
import { shopLabel } from './shop-label.js'
import { sourceLink } from './source-link.js'

export {
  authorBio,
  boilerplateContext,
  commentSection,
  cookieNotice,
  duplicateBlock,
  imageCaption,
  legalFooter,
  merchAd,
  navigation,
  newsletterBox,
  offerTerms,
  pageMeta,
  relatedLinks,
  repeatedLine,
  sectionLabel,
  shareWidget,
  shopLabel,
  sourceLink,
}

/**
 * The default rules, frozen, in the order they run: specific rules first
 * (section label, ads, attribution, comments, captions, author, share,
 * newsletter, related links, cookies, legal footer, offers' terms, navigation, page meta,
 * repeated and duplicate text), the context rule `boilerplate-context` last.
 * Each has a page in docs/rules/. Filter, map or extend it to choose rules:
 * `rules: [...recommended, myRule]`.
 */
export const recommended: readonly Rule[] = Object.freeze([
  sectionLabel,
  merchAd,
  shopLabel,
  sourceLink,
  commentSection,
  imageCaption,
  authorBio,
  shareWidget,
  newsletterBox,
  relatedLinks,
  cookieNotice,
  legalFooter,
  offerTerms,
  navigation,
  pageMeta,
  repeatedLine,
  duplicateBlock,
  boilerplateContext,
])
