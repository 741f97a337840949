/**
 * Prune drops repeated `<noscript>` blocks from the list the metadata walk
 * made (`Collected.noscripts`): the pruned tree must be the one prune makes
 * when it looks for them itself.
 */
import fc from 'fast-check'
import type { Root } from 'hast'
import { describe, expect, it } from 'vitest'
import { readMetadata } from '../src/html/metadata.js'
import { parseHtml } from '../src/html/parse.js'
import { prune } from '../src/html/prune.js'

const paragraph = (n: number) =>
  `<p>Paragraph ${n} says enough words to count as a chunk of text on its own here.</p>`

/** The page pruned from the walk's list, and pruned alone. */
function both(html: string): [Root, Root] {
  const walked = parseHtml(html)
  prune(walked, readMetadata(walked, null).noscripts)
  const alone = parseHtml(html)
  prune(alone)
  return [walked, alone]
}

describe('noscript blocks found by the metadata walk', () => {
  it('finds them in the head, in headings, in nested blocks and at the top', () => {
    const copy = [1, 2, 3, 4].map(paragraph).join('')
    const html = `<html><head><noscript><link rel="x"></noscript></head><body>
      <h1>Title<noscript>${copy}</noscript></h1><div><section>${copy}</section>
      <noscript>${copy}</noscript><noscript>&lt;img src="a.png"&gt;</noscript></div>
      <noscript><p>Only here, and long enough to be kept as the one copy of it.</p></noscript></body></html>`
    const walked = parseHtml(html)
    const { noscripts } = readMetadata(walked, null)
    expect(noscripts.length).toBe(5)
    prune(walked, noscripts)
    const [, alone] = both(html)
    expect(walked).toEqual(alone)
    expect(JSON.stringify(walked)).not.toContain('a.png')
  })

  const pieces = [
    '<noscript>',
    '</noscript>',
    '<h1>',
    '</h1>',
    '<h2>',
    '</h2>',
    '<div>',
    '</div>',
    '<head>',
    '<body>',
    '<title>t</title>',
    '<template><noscript>x</noscript></template>',
    '&lt;div class="x"&gt;',
    paragraph(1),
    paragraph(2),
    paragraph(3),
    paragraph(4),
    'text',
  ]
  it('prunes as prune alone does (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 30 }),
        (parts) => {
          const [walked, alone] = both(parts.join(''))
          expect(walked).toEqual(alone)
        },
      ),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20261128) },
    )
  })
})
