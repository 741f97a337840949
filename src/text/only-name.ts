/**
 * The one name some lines of a text give: when every line found names the
 * same person (letter case aside), the first of them; when they name
 * several, none (a listing's, a team page's), and none when none was found.
 */
export function onlyName<T>(found: readonly T[], nameOf: (item: T) => string): T | null {
  const first = found[0]
  if (first === undefined) return null
  const key = nameOf(first).toLowerCase()
  return found.every((item) => nameOf(item).toLowerCase() === key) ? first : null
}
