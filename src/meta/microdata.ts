/**
 * Microdata (`itemprop`) and `<time>` elements: the first `author`,
 * `datePublished`, `dateModified` and `headline` a page marks up, and every
 * `<time>` with its position among the page's elements.
 */
import type { Element } from 'hast'
import { attr, rawText, walkElements } from '../html/hast.js'

export interface Microdata {
  author: string | null
  published: string | null
  modified: string | null
  headline: string | null
}

export function emptyMicrodata(): Microdata {
  return { author: null, published: null, modified: null, headline: null }
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim()

/** The value of an itemprop element: `content`, `datetime`, else its text. */
export function itemValue(node: Element): string {
  const content = attr(node, 'content') || attr(node, 'dateTime')
  return collapse(content || rawText(node))
}

/** The name inside an `itemprop=author` element: its `itemprop=name`, else its own text. */
function authorName(node: Element): string {
  let name = ''
  walkElements(node, (child) => {
    if (name !== '') return false
    if (attr(child, 'itemProp').toLowerCase().split(/\s+/).includes('name')) name = itemValue(child)
    return undefined
  })
  if (name !== '') return name
  return attr(node, 'content') || collapse(rawText(node))
}

/** Record one element's itemprops into `data` (first value of each wins). */
export function readItemProps(node: Element, data: Microdata): void {
  const props = attr(node, 'itemProp').toLowerCase()
  if (props === '') return
  for (const prop of props.split(/\s+/)) {
    switch (prop) {
      case 'author':
      case 'creator':
        if (data.author === null) {
          const name = authorName(node)
          if (name !== '' && name.length <= 120) data.author = name
        }
        break
      case 'datepublished':
      case 'datecreated':
        data.published ??= itemValue(node) || null
        break
      case 'datemodified':
        data.modified ??= itemValue(node) || null
        break
      case 'headline':
        data.headline ??= itemValue(node) || null
        break
      default:
        break
    }
  }
}
