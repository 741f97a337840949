/**
 * JSON-LD: parse the page's `application/ld+json` scripts tolerantly, flatten
 * arrays and `@graph`, resolve `@id` references, and pick the object that
 * describes the page's main content.
 */

export type LdObject = Readonly<Record<string, unknown>>

/** Parse one script's text; CMS output with comments, CDATA or raw newlines in strings is repaired. */
export function parseLd(text: string): unknown {
  const body = text
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim()
  if (body === '') return null
  try {
    return JSON.parse(body)
  } catch {
    try {
      // Raw control characters inside strings are the usual breakage.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' '))
    } catch {
      return null
    }
  }
}

/** Objects of JSON-LD, flattening arrays and `@graph`, in document order. */
export function ldObjects(values: readonly unknown[]): LdObject[] {
  const out: LdObject[] = []
  const stack = [...values].reverse()
  while (stack.length > 0 && out.length < 300) {
    const v = stack.pop()
    if (Array.isArray(v)) for (let i = v.length - 1; i >= 0; i--) stack.push(v[i])
    else if (v && typeof v === 'object') {
      const o = v as LdObject
      out.push(o)
      if (o['@graph']) stack.push(o['@graph'])
    }
  }
  return out
}

/** The object's `@type`s, lower-case, without a schema.org prefix. */
export function typesOf(o: LdObject | null | undefined): string[] {
  if (!o) return []
  const type = o['@type']
  const list = Array.isArray(type) ? type : [type]
  return list.flatMap((t) =>
    typeof t === 'string' ? [t.toLowerCase().replace(/^.*[/:#]/, '')] : [],
  )
}

export const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'blogposting',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'techarticle',
  'scholarlyarticle',
  'medicalscholarlyarticle',
  'report',
  'posting',
  'socialmediaposting',
  'liveblogposting',
  'discussionforumposting',
  'review',
  'howto',
  'recipe',
  'videoobject',
  'podcastepisode',
])

const PAGE_TYPES = new Set([
  'webpage',
  'itempage',
  'aboutpage',
  'profilepage',
  'medicalwebpage',
  'qapage',
])

/** Index by `@id` so `{"@id": "#author"}` references can be followed. */
export function indexById(objects: readonly LdObject[]): Map<string, LdObject> {
  const map = new Map<string, LdObject>()
  for (const o of objects) {
    const id = o['@id']
    if (typeof id === 'string' && Object.keys(o).length > 1 && !map.has(id)) map.set(id, o)
  }
  return map
}

/** A reference followed to its object, once. */
export function deref(value: unknown, ids: ReadonlyMap<string, LdObject>): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as LdObject
    const id = o['@id']
    if (typeof id === 'string' && Object.keys(o).length === 1) return ids.get(id) ?? value
  }
  return value
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value
  if (Array.isArray(value)) return text(value[0])
  if (value && typeof value === 'object') {
    const o = value as LdObject
    return text(o['@value'] ?? o.name)
  }
  return null
}

/** A string property (the first of an array; `@value` of a typed value). */
export function ldString(o: LdObject | null | undefined, key: string): string | null {
  return o ? text(o[key]) : null
}

/** Person or organisation names of an `author`/`creator`/`publisher` value. */
export function ldNames(value: unknown, ids: ReadonlyMap<string, LdObject>, depth = 0): string[] {
  if (depth > 3 || value === null || value === undefined) return []
  if (typeof value === 'string') return value.trim() === '' ? [] : [value]
  if (Array.isArray(value)) return value.flatMap((v) => ldNames(v, ids, depth + 1))
  const o = deref(value, ids)
  if (!o || typeof o !== 'object') return []
  const name = (o as LdObject).name
  if (typeof name === 'string') return name.trim() === '' ? [] : [name]
  const given = (o as LdObject).givenName
  const family = (o as LdObject).familyName
  if (typeof given === 'string' || typeof family === 'string')
    return [[given, family].filter((p) => typeof p === 'string').join(' ')]
  return []
}

/**
 * The object describing the page's content: an article-like object (the one
 * whose headline matches `hint` when several are), else a `WebPage`.
 */
export function mainObject(
  objects: readonly LdObject[],
  hint: (headline: string) => boolean,
): LdObject | null {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)))
  if (articles.length > 1) {
    const matching = articles.find((o) => {
      const h = ldString(o, 'headline') ?? ldString(o, 'name')
      return h !== null && hint(h)
    })
    if (matching) return matching
    // Several posts and none is the page's: a listing. Its page object speaks for it.
    const page = objects.find((o) => typesOf(o).some((t) => PAGE_TYPES.has(t)))
    if (page) return page
    // Otherwise the one that is not nested in another (the first in document order).
    return articles[0] ?? null
  }
  if (articles[0]) return articles[0]
  const page = objects.find((o) => typesOf(o).some((t) => PAGE_TYPES.has(t)))
  if (page) {
    // A page whose mainEntity is the article (QAPage → Question, WebPage → Article).
    const main = page.mainEntity
    if (main && typeof main === 'object' && !Array.isArray(main)) return main as LdObject
    return page
  }
  return null
}
