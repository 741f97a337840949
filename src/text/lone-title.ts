/**
 * A text whose title is all that is kept: its result reads again (the title,
 * then the empty text) as a text of that line alone. The first line of a
 * page is its title at one word or in lower case because a longer line
 * stands below it ("Terraria on Steam" over a menu row); with nothing kept
 * under it, that reason is gone, and the line is the title only if it would
 * be the title of a text of that line alone. Otherwise it is the text, with
 * every other verdict unchanged ("Test" alone is a text, not a title over
 * an empty body).
 */
import { assemble } from '../assemble.js'
import type { Pass } from '../output/article.js'
import { titlesAlone } from './title.js'

export function loneTitle(pass: Pass, url: string | null): Pass {
  const { page, classification, fields } = pass
  const line = page.blocks[page.titleIndex]
  if (page.format !== 'text' || fields.text !== '' || !line || titlesAlone(line)) return pass
  const untitled = { ...page, titleIndex: -1, title: null }
  return { page: untitled, classification, fields: assemble(untitled, classification, url) }
}
