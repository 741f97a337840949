import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { recommended } from '../src/rules/index.js'
import { keptLinesSay, LENIENT_LINE_WORDS, lastResortRules } from '../src/text/last-resort.js'
import { segmentText } from '../src/text/segment.js'

const NAMES = [
  'Vintage brass compass in a wooden box',
  'Hand painted tin robot from 1960',
  'Signed print of a harbour at dusk',
  'Set of six enamel pin badges',
  'Carved walnut bookends shaped like owls',
  'Porcelain tea cup with gold rim',
]

/** A shop's grid as a scraper flattens it: cards between separator lines, a menu around them. */
function gridText(menu: readonly string[]): string {
  const lines = ['Collectibles | Example Market', ...menu]
  for (const name of NAMES) lines.push('| /', name, 'Brand New', 'Free shipping')
  lines.push('| /', ...menu, 'Help', 'Contact')
  return lines.join('\n')
}
const MENU = ['Antique maps and charts', 'Toys from the tin age', 'Prints and posters']

describe('the last resort in plain text', () => {
  it('keeps the cards when both passes keep almost nothing', () => {
    const article = cleanArticle(gridText(['Home', 'Collectibles']), { format: 'text' })
    for (const name of NAMES) expect(article.text).toContain(name)
    // The rules that name a kind of boilerplate stay on.
    expect(article.text).not.toContain('Contact')
  })

  it('still drops a menu shown twice around the cards', () => {
    const article = cleanArticle(gridText(MENU), { format: 'text' })
    for (const name of NAMES) expect(article.text).toContain(name)
    for (const line of MENU) expect(article.text).not.toContain(line)
  })

  it('is every rule but the context rule', () => {
    const ids = lastResortRules(recommended).map((rule) => rule.id)
    expect(ids).not.toContain('boilerplate-context')
    expect(ids).toContain('duplicate-block')
    expect(ids).toContain('repeated-line')
    expect(ids.length).toBe(recommended.length - 1)
  })

  it('takes no lines of single words (an archive of months) for content', () => {
    const months = segmentText(['Archive', '2024', 'Jan', 'Feb', 'Mar', 'Apr'].join('\n'), 'en')
    expect(keptLinesSay(months, 0, new Set())).toBe(false)
    const cards = segmentText(['Shop', ...NAMES.slice(0, 2), 'Jan', 'Feb'].join('\n'), 'en')
    expect(keptLinesSay(cards, 0, new Set())).toBe(true)
    expect(keptLinesSay(cards, 0, new Set([1, 2, 3, 4]))).toBe(false)
    // Four words over two lines: LENIENT_LINE_WORDS a line, just; labels fall short.
    expect(4 / 2).toBeGreaterThanOrEqual(LENIENT_LINE_WORDS)
    expect(keptLinesSay(segmentText('Shop\nbrass compass\nwooden box', 'en'), 0, new Set())).toBe(
      true,
    )
    const labels = segmentText('Labels\nandroid\nbig data\nchrome security\nprivacy', 'en')
    expect(keptLinesSay(labels, 0, new Set())).toBe(false)
  })

  it('takes no symbol soup (binary junk) for content', () => {
    const junk = segmentText(['Page', 'ÿØÿà JFIF ¿½ {~} ^[]', '#@%* PNG ~~|| <>'].join('\n'), 'en')
    expect(keptLinesSay(junk, 0, new Set())).toBe(false)
  })
})
