/**
 * The fast tokenizer must make parse5's parser build the very tree parse5
 * builds alone (`test/tree-dump.ts` compares names, namespaces, attributes,
 * text, comments, doctype and document mode), or give up and return null.
 */
import fc from 'fast-check'
import { parse } from 'parse5'
import { describe, expect, it } from 'vitest'
import { rawTextParts } from '../src/html/drop-raw-text.js'
import { fastParse } from '../src/html/fast-tokenizer.js'
import { dumpTree } from './tree-dump.js'

const OPTIONS = { scriptingEnabled: false }

/** The fast tree's dump, or null when it gave up. */
function fast(parts: readonly string[]): string | null {
  const document = fastParse(parts, false)
  return document === null ? null : dumpTree(document)
}

const slow = (html: string) => dumpTree(parse(html, OPTIONS))

/** Parsed whole and in the parts `parseHtml` gives it, the fast tree is parse5's. */
function expectSame(html: string): void {
  expect(fast([html]), html).toBe(slow(html))
  const parts = rawTextParts(html)
  const tree = fast(parts)
  if (tree !== null || parts.length === 1) expect(tree, html).toBe(slow(parts.join('')))
}

describe('fastParse: the tree parse5 builds', () => {
  const cases: Record<string, string[]> = {
    'names in any case, ASCII folding only': [
      '<DIV ID=a CLASS="B">x</Div>',
      '<dİv>x</dİv><p dİr=1 DİR=2>y',
      '<svg VIEWBOX="0 0 1 1"><foreignObject><p>x</p></foreignObject><PATH D=M0/></svg>',
    ],
    'duplicate attributes: the first one stays': [
      '<p a=1 A=2 a="3">x',
      '<a href="x" HREF=y href>z</a>',
      // Past 64 names the duplicates are found in a set.
      `<p${Array.from({ length: 150 }, (_, i) => ` A${i % 90}=${i}`).join('')}>x`,
    ],
    'attribute shapes': [
      '<p =a b= c = "d" e=\'f\'g="h"/i/j=k>x',
      '<p a=b"c\'d<e=f`g>x',
      '<p a="x>y" b=\'>\'>z',
      '<p a b c>x',
      '<p a=>x',
      '<p a = >x',
      '<p "a=1 <b=2>x',
      '<br/><br / ><img src=x/>',
      '<p/a>x</p/>',
      '</p a=1>',
    ],
    'character references in text': [
      '<p>&amp; &amp &ampx &lt;&gt &notit; &notin; &noti &#65;&#x41;&#0;&#13;&#x80; & &; &#; &#x;</p>',
      '<p>a&amp</>b &copy2024 &AElig&AEligx</p>',
    ],
    'character references in attributes': [
      '<a href="?a=1&amp;b=2&copy=3&copyx&copy;&notit;&noti&lt">x</a>',
      "<a title='&amp' alt=&amp x=&amp= y=&ampz>x</a>",
      '<a t="&#65&#x42;&#0;&#13;">x</a>',
    ],
    'whitespace, CR and CRLF': [
      '<p>\r\na\rb\r\n\r\nc</p>\r<pre>\r\nx</pre><pre>\n\ny</pre>',
      '<textarea>\r\nt</textarea><textarea>\n\nu</textarea><listing>\nv</listing>',
      '<p a="1\r\n2">&#13;\f\t x</p>',
      '<pre>&#10;x</pre><pre> \ny</pre>',
    ],
    'comments of every odd shape': [
      '<!----><!--><!---><!--a--!><!--b--!--><!--c---><!--d--->',
      '<!-- <!-- x --><!----!><!---!>z--><!--->',
      // `--!>` searched once and reused: before, between and after comments, across parts
      '<!--a--><p>x</p><!--b--><i>--!></i><!--c--!><!--d--><!--e--!>',
      '<!--a--><script>1</script><!--b--!><style>--!></style><!--c-->',
      '<!-x><!><!-><?php echo 1 ?></ x></3></>',
      '<p>a</>b</p>',
      'a < b <3 <=c </ d e> f<',
      'a </',
    ],
    doctypes: [
      '<!DOCTYPE html><p>x',
      '<!doctype HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><table><p>x</table>',
      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><p>x',
      '<!DOCTYPE><p>x',
      '<!doctypehtml><p>x',
      '<!DOCTYPE html PUBLIC "a>b"><p>x',
      '<p>x<!DOCTYPE html>y',
      '<table><p>x</table>',
    ],
    'raw text and RCDATA end only at their own end tag': [
      '<title>a &amp; <b>b</b></titlex></title >c',
      '<textarea>&lt;p&gt;</TEXTAREA/>d',
      '<style>a</style x="</style>">b</style>c',
      '<xmp><p>&amp;</xmp><iframe><p></iframe><noembed>x</noembed><noframes>y</noframes>',
      '<noscript><p>x</p></noscript>',
      '<title>no end',
      '<style>no end',
    ],
    'scripts and their escaped states': [
      '<script>a<b</script>c',
      '<script>if (a<!--b) x</script>y',
      '<script><!-- document.write("<script>x</script>") --></script>z',
      '<script><!--<script>--></script>w',
      '<script><!--</script>v',
      '<script><!-->x</script>u',
      '<script><!--<script></script>--></script>t</script>s',
      '<script><!--<SCRIPT >a</Script/>b</script>r',
      '<script>x</scripty></script >q',
      '<svg><script>a<b>c</b></script></svg>',
    ],
    'tables, selects, templates and foreign content': [
      '<table> x <tr> <td>a</td> y </tr></table>',
      '<table>\n<caption> a b </caption><colgroup> <col> x</colgroup></table>',
      '<select> a <option> b </option><p>c</select>',
      '<table><select><option>a b</select></table>',
      '<template> a <td>b</td> </template><p> c',
      '<math><mi>x y</mi><annotation-xml encoding="text/html"><p>a b</p></annotation-xml></math>',
      '<svg><desc> a <b>c</b></desc><title>t &amp;</title></svg>',
      '<![CDATA[x]]><p>y',
      '<frameset> <frame> x </frameset> y',
      '<html> <head> <title>t</title> </head> x <body> <p> y </p> </body> </html> z',
      '<b><i>a</b> b</i> c',
      '<p>a<li>b<li>c</p>d',
    ],
  }
  for (const [name, pages] of Object.entries(cases))
    it(name, () => {
      for (const html of pages) expectSame(html)
    })

  it('reads the common pages itself (does not give up)', () => {
    for (const pages of Object.values(cases))
      for (const html of pages) expect(fastParse([html], false), html).not.toBeNull()
  })

  it('gives up on what it leaves to parse5', () => {
    for (const html of [
      '<p>a\0b</p>',
      '<plaintext>x</plaintext>',
      '<svg><![CDATA[x]]></svg>',
      '<p>a<b',
      '<p>a<!--b',
      '<p a="b>c',
      '<p>a<!x',
      '<p>a<?x',
      '<!DOCTYPE html',
    ])
      expect(fastParse([html], false), html).toBeNull()
  })
})

describe('fastParse (property)', () => {
  const names = [
    'p',
    'P',
    'li',
    'a',
    'A',
    'b',
    'i',
    'div',
    'pre',
    'textarea',
    'title',
    'script',
    'style',
    'table',
    'tr',
    'td',
    'th',
    'tbody',
    'caption',
    'select',
    'option',
    'svg',
    'math',
    'mi',
    'foreignObject',
    'desc',
    'template',
    'br',
    'img',
    'body',
    'head',
    'html',
    'form',
    'Frameset',
  ]
  const attr = fc
    .tuple(
      fc.constantFrom(
        'a',
        'A',
        'href',
        'CLASS',
        'x-y',
        '=',
        '"q',
        '<',
        'definitionURL',
        'xlink:href',
      ),
      fc.constantFrom(
        '',
        '=v',
        '="a &amp; b"',
        "='&ampx'",
        '=&notit;',
        ' = "s p"',
        '=a&amp=',
        '=&copy',
        "='x\"y'",
      ),
      fc.constantFrom(' ', '\n', '/', '', '\t', '\r\n', ' / '),
    )
    .map(([n, v, sep]) => `${sep}${n}${v}`)
  const tag = fc
    .tuple(
      fc.boolean(),
      fc.constantFrom(...names),
      fc.array(attr, { maxLength: 4 }),
      fc.constantFrom('', '/', ' '),
    )
    .map(([end, name, attrs, tail]) => `<${end ? '/' : ''}${name}${attrs.join('')}${tail}>`)
  const text = fc.constantFrom(
    'a',
    ' ',
    '\n',
    '\r',
    '\r\n',
    '\t',
    '\f',
    'word ',
    ' x y ',
    'é',
    '𝔸',
    '<',
    '< b',
    '<3',
    '&amp;',
    '&amp',
    '&ampx',
    '&notin',
    '&noti',
    '&#x41',
    '&#65;',
    '&#0;',
    '&#13;',
    '&#x80;',
    '&lt;',
    '&',
    '&;',
    '&#32;',
    '&#10;',
  )
  const other = fc.constantFrom(
    '<!---->',
    '<!-->',
    '<!--->',
    '<!-- a -- b -->',
    '<!--x--!>',
    '<!--x--!-->',
    '<!-- <!-- -->',
    '<!-x>',
    '<!>',
    '<?php x ?>',
    '</ x>',
    '</3>',
    '</>',
    '<![CDATA[x]]>',
    '<!DOCTYPE html>',
    '<!doctype html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">',
    '<!DOCTYPE>',
    '<!--',
    '-->',
    '<script>',
    '</script>',
    '<SCRIPT >',
    '</script x>',
    '<style>',
    '</Style>',
    '<plaintext>',
    '\0',
  )
  const page = fc
    .array(
      fc.oneof(
        { arbitrary: tag, weight: 4 },
        { arbitrary: text, weight: 4 },
        { arbitrary: other, weight: 1 },
      ),
      {
        maxLength: 40,
      },
    )
    .map((pieces) => pieces.join(''))

  it('builds the tree parse5 builds, or gives up', () => {
    let read = 0
    fc.assert(
      fc.property(page, (html) => {
        const tree = fast([html])
        if (tree !== null) {
          read++
          expect(tree).toBe(slow(html))
        }
        const parts = rawTextParts(html)
        const inParts = fast(parts)
        if (inParts !== null) expect(inParts).toBe(slow(parts.join('')))
      }),
      { numRuns: 3000, seed: Number(process.env.FC_SEED ?? 20261128) },
    )
    // Most generated pages are read by the fast path, not handed to parse5.
    expect(read).toBeGreaterThan(1500)
  })
})
