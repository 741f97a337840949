/**
 * A linkedom document with the shims `defuddle/node` applies itself when given
 * an HTML string (its `utils/linkedom-compat`): no style sheets, a
 * `getComputedStyle` that says nothing is hidden, and the page's URL.
 */
import { parseHTML } from 'linkedom'

export function linkedomForDefuddle(html: string, url: string | null): Document {
  const { document } = parseHTML(html)
  const doc = document as unknown as Document & { styleSheets: unknown; URL: string }
  const view = doc.defaultView as (Window & { getComputedStyle?: unknown }) | null
  if (!doc.styleSheets) Object.assign(doc, { styleSheets: [] })
  if (view && !view.getComputedStyle)
    Object.assign(view, { getComputedStyle: () => ({ display: '' }) })
  if (url) Object.assign(doc, { URL: url })
  return doc
}

/** The URL when it parses as an absolute one, for DOMs that insist. */
export const validUrl = (url: string | null): string | null =>
  url && URL.canParse(url) ? url : null
