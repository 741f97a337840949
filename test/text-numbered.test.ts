import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { P1, P2, P3, TITLE } from '../src/rules/case-pages.js'
import { segmentParagraphs } from '../src/text/paragraphs.js'
import { segmentText } from '../src/text/segment.js'

const STEPS = [
  '1. Soak the beans overnight in plenty of cold water.',
  '2. Simmer them for an hour with a bay leaf and an onion.',
  '3. Season only at the end, when the skins have softened.',
]

describe('numbered lines in plain text', () => {
  it('keeps the number in the item, and takes a bullet off', () => {
    const blocks = segmentText([TITLE, STEPS[0], '• Soak the beans overnight'].join('\n'), 'en')
    expect(blocks[1]).toMatchObject({ type: 'list', text: STEPS[0], items: [STEPS[0]] })
    expect(blocks[2]).toMatchObject({ type: 'list', text: 'Soak the beans overnight' })
  })

  it('keeps the numbers of an already clean text’s list', () => {
    const text = [P1, '', ...STEPS, '', P2].join('\n')
    const list = segmentParagraphs(text, 'en').find((block) => block.type === 'list')
    expect(list?.items).toEqual(STEPS)
    const bullets = segmentParagraphs([P1, '', '- one', '- two', '', P2].join('\n'), 'en')
    expect(bullets.find((block) => block.type === 'list')?.items).toEqual(['one', 'two'])
  })

  it('writes the numbers into text and an ordered list into html', () => {
    const article = cleanArticle([TITLE, P1, ...STEPS, P2, '7. Serve with bread.', P3].join('\n'), {
      format: 'text',
    })
    expect(article.text).toContain(STEPS[1])
    expect(article.html).toContain('<ol><li>Soak the beans overnight in plenty of cold water.</li>')
    expect(article.html).toContain('<ol start="7"><li>Serve with bread.</li></ol>')
    expect(article.markdown).toContain('7. Serve with bread.')
  })

  it('starts a new list where the numbers do not follow on', () => {
    const again = '1. Rinse the beans before they go into the pot.'
    const article = cleanArticle([TITLE, P1, STEPS[0], again, P2, P3].join('\n'), {
      format: 'text',
    })
    expect(article.text).toContain(again)
    expect(article.html.match(/<ol>/g)).toHaveLength(2)
  })
})
