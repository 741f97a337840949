import { defineRule } from '../define-rule.js'
import { hintMatcher } from './util.js'

/** "Source link", "Source: Reuters", "Quelle: dpa", "来源：新华社"… (short lines only). */
const SOURCE_LABEL =
  /^(?:source link|(?:sources?|quelle|quellen|fuente|fuentes|fonte|fonti|bron|źródło|källa|kilde|lähde|kaynak|источник|джерело|来源|來源|出典|出処|ソース)\s*[:：]\s*\S.*|(?:sources?|quelle|fuente|fonte)\s*[:：]?\s*(?:link|here)?)$/iu

/** Agency initials lines of Polish and German wires: "aja/PAP", "dpa/lno". */
const AGENCY_INITIALS =
  /^(?:\p{Ll}{2,4}\/(?:PAP|dpa|AFP|APA|EFE|ANSA|Reuters)|(?:dpa|PAP|APA|AFP)\/\p{Ll}{2,4})$/u

/** "Originally published at/on …", "Read the original article", and their translations. */
const ORIGINALLY =
  /^(?:(?:this (?:article|story|post) (?:was|is) )?(?:originally (?:published|appeared|posted)\b|first (?:published|appeared|posted) (?:on|at|by|in) (?!\d))|read the original (?:article|story|post)|view (?:the )?original (?:article|post)|ursprünglich (?:veröffentlicht|erschienen)|zuerst erschienen (?:auf|bei|in)|(?:cet article a été )?(?:publié|paru) (?:à l['’]origine|initialement|originellement)|(?:article )?initialement publié|publicado originalmente|(?:este artículo )?se publicó originalmente|lee el artículo original|转载自|原文链接|本文来源)/iu

const HINTS = hintMatcher({
  tokens: ['source-link', 'source-url', 'original-source', 'article-source'],
  parts: [],
})

/** Source attribution lines at the edge of an article. */
export const sourceLink = defineRule({
  id: 'source-link',
  category: 'attribution',
  description: 'Drops "Source link", "Source: X" and "Originally published at" attribution lines.',
  test(block) {
    if (block.words > 25) return undefined
    if (SOURCE_LABEL.test(block.text) && block.words <= 12) {
      return { drop: true, reason: 'source attribution line' }
    }
    if (AGENCY_INITIALS.test(block.text)) return { drop: true, reason: 'agency initials line' }
    if (ORIGINALLY.test(block.text)) return { drop: true, reason: 'original-publication notice' }
    if (HINTS(block)) return { drop: true, reason: 'source link element' }
    return undefined
  },
})
