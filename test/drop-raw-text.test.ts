/**
 * The pre-parse scan that empties scripts and styles: parse5 must build the
 * same tree from its output as from the page, but for the emptied elements.
 */
import fc from 'fast-check'
import { type DefaultTreeAdapterMap, parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { dropRawText } from '../src/html/drop-raw-text.js'

type Node = DefaultTreeAdapterMap['node']

/** The parse5 tree as a list of lines; the text of non-JSON scripts and of styles left out. */
function shape(html: string): string[] {
  const out: string[] = []
  const walk = (node: Node, emptied: boolean): void => {
    if (node.nodeName === '#text') {
      if (!emptied) out.push(`text ${(node as { value: string }).value}`)
      return
    }
    if (node.nodeName === '#comment') {
      out.push(`comment ${(node as { data: string }).data}`)
      return
    }
    const element = node as DefaultTreeAdapterMap['element']
    const attrs = element.attrs ?? []
    if (element.tagName) out.push(`<${element.tagName} ${JSON.stringify(attrs)}`)
    const isJson = attrs.some((a) => a.name === 'type' && /^application\/ld\+json$/i.test(a.value))
    const empties = (element.tagName === 'script' && !isJson) || element.tagName === 'style'
    const kids =
      element.tagName === 'template'
        ? (element as DefaultTreeAdapterMap['template']).content.childNodes
        : ((element as { childNodes?: Node[] }).childNodes ?? [])
    for (const kid of kids) walk(kid, empties)
    if (element.tagName) out.push(`</${element.tagName}`)
  }
  walk(parse(html, { scriptingEnabled: false }) as Node, false)
  return out
}

describe('dropRawText', () => {
  it('empties scripts and styles and keeps the tags', () => {
    expect(
      dropRawText('<p>a</p><script>var x = "<p>no</p>"</script><style>p{}</style><p>b</p>'),
    ).toBe('<p>a</p><script></script><style></style><p>b</p>')
  })

  it('finds end tags in any case and with spaces, not longer names', () => {
    expect(dropRawText('<SCRIPT>x</scriptx>y</Script >z')).toBe('<SCRIPT></Script >z')
  })

  it('keeps JSON-LD scripts, however their type is written', () => {
    const ld = '<script type="application/ld+json">{"a":1}</script>'
    const upper = '<script type="APPLICATION/LD+JSON">{"a":1}</script>'
    const escaped = '<script type="application&#x2F;ld&#x2B;json">{"a":1}</script>'
    expect(dropRawText(ld)).toBe(ld)
    expect(dropRawText(upper)).toBe(upper)
    expect(dropRawText(escaped)).toBe(escaped)
  })

  it('empties other JSON scripts (page state), inside a form too', () => {
    expect(dropRawText('<script id="__DATA__" type="application/json">{"a":1}</script>')).toBe(
      '<script id="__DATA__" type="application/json"></script>',
    )
    expect(dropRawText('<form><script type="application/json">{"a":1}</script></form>')).toBe(
      '<form><script type="application/json"></script></form>',
    )
  })

  it('leaves a script start tag alone inside comments, attribute values and text-only elements', () => {
    for (const page of [
      '<!-- <script> --><p>kept</p><!-- </script> -->',
      '<div title="<script>"><p>kept</p></div><i title=\'</script>\'></i>',
      '<div title="x><script>" data-a = \'y><script>\'><p>kept</p></div><i title="</script>"></i>',
      '<textarea><script></textarea><p>kept</p><textarea></script></textarea>',
      '<title><style></title><p>kept</p><title></style></title>',
    ])
      expect(dropRawText(page)).toBe(page)
  })

  it('stops at a script whose content the escaped states could extend', () => {
    const page = '<script><!-- <script>x</script> y</script><p>z</p><style>q</style>'
    expect(dropRawText(page)).toBe(page)
    expect(dropRawText(`<style>a</style><!-- <script> -->${page}`)).toBe(
      `<style></style><!-- <script> -->${page}`,
    )
  })

  it('finds a comment start past several scripts once and searches again once past it', () => {
    const tail = '<script>x<!--y</script><p>z</p><script>w</script>'
    expect(
      dropRawText(`<script>a</script><!-- c --><script>b</script><script>d</script>${tail}`),
    ).toBe(`<script></script><!-- c --><script></script><script></script>${tail}`)
    expect(dropRawText('<script>a</script><script>b</script>')).toBe(
      '<script></script><script></script>',
    )
  })

  it('returns unterminated and plaintext pages unchanged', () => {
    for (const page of [
      '<p>a<script>never closed',
      '<div title="open',
      '<plaintext><script>a</script>',
    ])
      expect(dropRawText(page)).toBe(page)
  })

  const pieces = [
    '<script>',
    '</script>',
    '</script',
    '<style>',
    '</style>',
    '<script type="application/ld+json">',
    '<script type="application/json">',
    '<form>',
    '</form>',
    '<script type="Application/LD+JSON">',
    '<script type="application/ld&#43;json">',
    '<!--',
    '-->',
    '<!-->',
    '<!DOCTYPE html>',
    '<?x>',
    '</',
    '<',
    '>',
    '/',
    '=',
    ' ',
    '"',
    "'",
    '<div class="',
    '<a href=',
    '">',
    '<p>',
    '</p>',
    '<textarea>',
    '</textarea>',
    '<title>',
    '</title>',
    '<xmp>',
    '</xmp>',
    '<template>',
    '</template>',
    '<table><td>',
    '<noscript>',
    'text',
    'var a = b < c;',
  ]
  const page = fc
    .array(fc.constantFrom(...pieces), { minLength: 4, maxLength: 40, size: 'max' })
    .map((parts) => parts.join(''))

  it('gives parse5 the same tree but for the emptied elements (property)', () => {
    fc.assert(
      fc.property(page, (html) => {
        expect(shape(dropRawText(html))).toEqual(shape(html))
      }),
      { numRuns: 1000, seed: Number(process.env.FC_SEED ?? 20261128) },
    )
  })

  it('removes something from a page full of script (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 50 }), (code) => {
        const clean = code.replace(/[<]/g, '')
        const html = `<p>a</p><script>${clean}</script><p>b</p>`
        expect(dropRawText(html)).toBe('<p>a</p><script></script><p>b</p>')
      }),
      { numRuns: 100, seed: Number(process.env.FC_SEED ?? 20261128) },
    )
  })
})
