import { defineRule } from '../define-rule.js'
import { endsLikeSentence } from '../features.js'
import type { Block, RuleContext, Verdict } from '../types.js'
import { hintMatcher } from './util.js'

/** Headings of related-links boxes, optionally followed by one link title ("Read more: …"). */
const RELATED =
  /^(?:en savoir plus|más información|weitere (?:artikel|beiträge|themen|nachrichten)|recent (?:posts|articles|stories|news)|empfohlene (?:beiträge|artikel)|empfohlene(?:r)? redaktionelle(?:r)? inhalte?|das thema könnte (?:dich|sie) auch interessieren|explore further|videos zum thema|lust auf mehr\??|meist(?:-| )(?:diskutiert|gelesen)|mehr themen|noch mehr (?:infos|artikel|themen)(?: für dich)?|热门推荐|latest (?:posts|articles)|more (?:posts|articles)|das könnte (?:dich|sie|euch) auch interessieren|mehr aus der sendung|schon gelesen\??|passend zum thema|ähnliche (?:artikel|beiträge)|verwandte (?:artikel|themen)|meistgelesen(?:e artikel)?|meist(?:geklickt|gesehen|kommentiert|diskutiert)(?:e artikel)?|mehr interessantes|verwandte beiträge|die redaktion empfiehlt|zum weiterlesen|sie könnten auch an folgenden artikeln interessiert sein|temas relacionados|lo último|beliebte beiträge|neueste beiträge|zobacz (?:też|także|również)|czytaj (?:też|także|również|więcej)|dowiedz się więcej|inne artykuły(?: autora)?|polecane(?: artykuły)?|lea (?:también|más)|(?:vea|ver|mira) también|lea(?=\s*:)|lee más|inf[óo]rmate más|à voir aussi|sur le même thème|related(?: articles| stories| posts| news| content| coverage| reading| topics| insights| guides| blogs?)?|related (?:articles|posts|stories) (?:that|which) (?:may|might) interest you|you (?:may|might) also (?:like|enjoy|be interested in)|(?:read|see|view) (?:more|also|next)(?: (?:articles|posts|stories))?|more (?:on this (?:topic|story)|stories|news|from .{1,40}|to read|like this)|recommended(?: for you| reading| articles)?|recommend(?:ed)? (?:posts|stories|blogs?)|(?:more|other) (?:posts|articles|stories) you(?:'ll|’ll| will| may| might)(?: also)? (?:love|like|enjoy)|more you (?:may|might) like|you (?:may|might) (?:also )?be interested in(?: the following(?: \w+)?(?: as well)?)?|keep exploring(?: this topic)?\.?|recently by .{1,40}|newest (?:stories|posts|articles)|explore (?:more|recent) (?:articles|posts|stories)|(?:también )?(?:te|le) (?:puede|podría) interesar|artículos recomendados|otros artículos|articles recommandés|weitere interessante (?:artikel|beiträge)|popular(?: (?:now|posts|stories))?|most (?:read|popular|viewed)|trending(?: now)?|further reading|(?:top|latest) (?:stories|news|headlines)|mehr zum thema|mehr (?:dazu|zum thema|artikel|lesen)|weiterlesen|lesen sie (?:auch|mehr)|auch lesen|das könnte sie auch interessieren|auch interessant|(?:à )?lire (?:aussi|également|la suite)|sur le même sujet|(?:articles )?(?:similaires|connexes)|voir aussi|lee (?:también|más)|(?:te|le|les) (?:puede|podría|pueden|podrían) interesar|noticias relacionadas|(?:artículos )?relacionados|leggi anche|читайте также|相关(?:阅读|文章|新闻)|延伸阅读|関連記事|あわせて読みたい)\s*(?:(?:[:：»›>]|…|\.\.\.)\s*(?:\S.{0,150})?)?$/iu

const HINTS = hintMatcher({
  tokens: [
    'popular',
    'most-popular',
    'trending',
    'teaser',
    'also-read',
    'more-from',
    'more-stories',
  ],
  parts: ['related', 'relatedposts', 'yarpp', 'recommended', 'recommendations'],
})

/** A product page's carousels: other products, bought together or viewed instead. */
const CAROUSEL = hintMatcher({ parts: ['carousel'] })

/**
 * A read-more element: a "Read more" link, or an expander holding the rest
 * of the article, whose own paragraphs stay.
 */
const READ_MORE = hintMatcher({ tokens: ['read-more', 'readmore'] })

/** How many link-title lines may follow a related heading. */
const RUN = 8

function isRelatedHeading(block: Block): boolean {
  return block.words <= 25 && RELATED.test(block.text)
}

/** A link title: a short line that does not end like a sentence. */
function isLinkTitle(block: Block): boolean {
  return (
    block.words >= 2 &&
    block.words <= 20 &&
    // A question is a headline too ("Is the four-day week here to stay?").
    (!endsLikeSentence(block.text) || block.text.endsWith('?')) &&
    block.type !== 'heading'
  )
}

/** A paragraph of the article's own: no link in it, eight words or more, ending like a sentence. */
function isProse(block: Block): boolean {
  return (
    block.type === 'paragraph' &&
    block.linkDensity === 0 &&
    block.words >= 8 &&
    endsLikeSentence(block.text)
  )
}

function judge(block: Block, context: RuleContext): Verdict | undefined {
  if (isRelatedHeading(block)) return { drop: true, reason: 'related-links heading' }
  if (HINTS(block) && block.words <= 80) return { drop: true, reason: 'related-links element' }
  if (context.pageType === 'product' && CAROUSEL(block) && block.words <= 80)
    return { drop: true, reason: "a product page's carousel" }
  if (READ_MORE(block) && block.words <= 80 && !isProse(block))
    return { drop: true, reason: 'related-links element' }
  if (!isLinkTitle(block)) return undefined
  // A link title in a run of link titles right under a related heading.
  for (let i = block.index - 1; i >= 0 && i >= block.index - RUN; i--) {
    const before = context.blocks[i]
    if (!before) break
    // Only a heading of its own heads a list; "Read more: <title>" is a list of one.
    if (isRelatedHeading(before) && !/[:：»›>]\s*\S/u.test(before.text))
      return { drop: true, reason: 'link title under a related-links heading' }
    if (!isLinkTitle(before)) break
  }
  return undefined
}

/** Related-links and read-more boxes. */
export const relatedLinks = defineRule({
  id: 'related-links',
  category: 'related',
  description:
    'Drops "Related articles" / "Read more" boxes and the link titles listed under them.',
  test: judge,
})
