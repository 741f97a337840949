/** `<meta>` keys and values as pages write them. */

/**
 * The keys of a `<meta>`: RDFa lets one `property` name several ("dc:title
 * og:title"; a `name` is one key, spaces and all), and Dublin Core is written "dc:creator" as often as
 * "dc.creator" (the colon form is read as the dotted one).
 */
export function metaKeys(raw: string, several = true): string[] {
  const key = raw.toLowerCase().trim()
  return (several ? key.split(/\s+/) : [key])
    .filter((k) => k !== '')
    .map((k) =>
      k.replace(/^(dc|dcterms?):/, (_, ns: string) => `${ns === 'dc' ? 'dc' : 'dcterms'}.`),
    )
}

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/**
 * Metadata escaped twice by its CMS ("Full &amp;#038; Part Time" in the
 * source, "&#038;" after parsing): decode the character references that are
 * left. Only references, so a literal "&" stays.
 */
export function unescapeTwice(value: string): string {
  if (!value.includes('&')) return value
  return value.replace(
    /&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi,
    (whole, dec, hex, name) => {
      const code = dec ? Number(dec) : hex ? Number.parseInt(hex, 16) : -1
      if (code >= 0) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
      return NAMED[String(name).toLowerCase()] ?? whole
    },
  )
}
