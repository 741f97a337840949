import { describe, expect, it } from 'vitest'
import { cleanArticle, recommended } from '../src/index.js'
import { P1, P2, P3, TITLE } from '../src/rules/case-pages.js'
import {
  ABOVE_SHARE,
  afterArticleEnd,
  PITCH_LOOKAHEAD,
  PITCH_PROSE,
} from '../src/text/article-end.js'
import { segmentText } from '../src/text/segment.js'
import type { Category } from '../src/types.js'

/** Blocks of lines with the given word counts (one word repeated). */
function blocksOf(words: readonly number[]) {
  return segmentText(words.map((n, i) => `w${i} `.repeat(n).trim()).join('\n'), null)
}

describe('afterArticleEnd', () => {
  it('gives the kept blocks below a closing box that ends most of the article', () => {
    const blocks = blocksOf([5, 100, 80, 3, 20, 10, 4])
    const dropped = new Map<number, Category>([
      [3, 'newsletter'],
      [6, 'legal'],
    ])
    expect(afterArticleEnd(blocks, 0, dropped)).toEqual([4, 5])
  })

  it('is empty when the box stands above most of the kept text', () => {
    const blocks = blocksOf([5, 20, 3, 100, 80])
    expect(afterArticleEnd(blocks, 0, new Map([[2, 'author' as Category]]))).toEqual([])
    // 20 words above of 200 is under ABOVE_SHARE.
    expect(20 / 200).toBeLessThan(ABOVE_SHARE)
  })

  it('is empty when the text below is not smaller than half the text above', () => {
    const blocks = blocksOf([5, 100, 3, 60])
    expect(afterArticleEnd(blocks, 0, new Map([[2, 'comments' as Category]]))).toEqual([])
  })

  it('takes no other kind of box as the end', () => {
    const blocks = blocksOf([5, 100, 3, 20])
    expect(afterArticleEnd(blocks, 0, new Map([[2, 'share' as Category]]))).toEqual([])
    expect(afterArticleEnd(blocks, 0, new Map([[2, 'related' as Category]]))).toEqual([])
  })

  it('takes share buttons as the end when asked to (pages read as articles)', () => {
    const blocks = blocksOf([5, 100, 3, 20])
    const dropped = new Map([[2, 'share' as Category]])
    expect(afterArticleEnd(blocks, 0, dropped, true)).toEqual([3])
    expect(afterArticleEnd(blocks, 0, new Map([[2, 'related' as Category]]), true)).toEqual([])
  })
})

const TEASER =
  'The mayor of the neighbouring town announced on Monday that the old ferry between the two banks of the river will run again from the spring, after a campaign by residents and shop owners.'

describe('legal lines and cookie notices as the end of a page read as an article', () => {
  it('takes a footer: a legal line of three words or more with a dropped block after it', () => {
    const blocks = blocksOf([5, 100, 6, 2, 20])
    const dropped = new Map<number, Category>([
      [2, 'legal'],
      [3, 'navigation'],
    ])
    expect(afterArticleEnd(blocks, 0, dropped, true)).toEqual([4])
    expect(afterArticleEnd(blocks, 0, dropped)).toEqual([])
  })

  it('takes no credit between paragraphs, nor a lone short legal line', () => {
    const credit = blocksOf([5, 100, 4, 20])
    expect(afterArticleEnd(credit, 0, new Map([[2, 'legal' as Category]]), true)).toEqual([])
    const short = blocksOf([5, 100, 1, 2, 20])
    const dropped = new Map<number, Category>([
      [2, 'legal'],
      [3, 'navigation'],
    ])
    expect(afterArticleEnd(short, 0, dropped, true)).toEqual([])
  })

  it('takes a tail broken into shorter runs than the article, whatever its size', () => {
    // Article: 120 + 100 words in one run; tail: 40 + 40 + 40 words in three runs.
    const blocks = blocksOf([5, 120, 100, 3, 40, 2, 40, 2, 40])
    const dropped = new Map<number, Category>([
      [3, 'share'],
      [5, 'meta'],
      [7, 'meta'],
    ])
    expect(afterArticleEnd(blocks, 0, dropped, true)).toEqual([4, 6, 8])
    // Article: two runs of 100 words; tail: one run of 120 words, more than
    // half the words above, and no shorter a run: it stays.
    const whole = blocksOf([5, 100, 2, 100, 3, 40, 40, 40])
    const kept = new Map<number, Category>([
      [2, 'meta'],
      [4, 'share'],
    ])
    expect(afterArticleEnd(whole, 0, kept, true)).toEqual([])
  })

  it('takes a cookie notice', () => {
    const blocks = blocksOf([5, 100, 12, 20])
    const dropped = new Map([[2, 'cookie' as Category]])
    expect(afterArticleEnd(blocks, 0, dropped, true)).toEqual([3])
  })
})

describe('a sign-up box inside the article', () => {
  const prose = (word: string) => `${`${word} `.repeat(34).trim()}.`
  // Title, two paragraphs, the box, a heading and the article's next part, a short tail.
  const lines = [
    'Title',
    prose('one'),
    prose('two'),
    'Receive growth tips, delivered to your inbox',
    'Next part',
    prose('three'),
    'Read next',
  ]
  const blocks = segmentText(lines.join('\n'), null)
  const dropped = new Map<number, Category>([
    [3, 'newsletter'],
    [6, 'related'],
  ])
  const sure = (index: number) => index !== 4

  it('is no end when prose the line model is sure of follows within PITCH_LOOKAHEAD blocks', () => {
    expect(afterArticleEnd(blocks, 0, dropped, true, sure)).toEqual([])
    // The same box without the model's word, or with the prose too far down, ends the article.
    expect(afterArticleEnd(blocks, 0, dropped, true)).toEqual([4, 5])
    const far = new Map<number, Category>([
      [3, 'newsletter'],
      [4, 'meta'],
    ])
    const later = segmentText([...lines.slice(0, 4), 'a', 'b', 'c', prose('four')].join('\n'), null)
    expect(PITCH_LOOKAHEAD).toBe(3)
    expect(afterArticleEnd(later, 0, far, true, () => true)).toEqual([5, 6, 7])
  })

  it('is the end when the prose below is the pitch going on, or short', () => {
    const pitch = lines.slice()
    pitch[5] = `When you join us you get ${prose('more')}`
    expect(afterArticleEnd(segmentText(pitch.join('\n'), null), 0, dropped, true, sure)).toEqual([
      4, 5,
    ])
    const short = lines.slice()
    short[5] = `${'three '.repeat(PITCH_PROSE - 2).trim()}.`
    expect(afterArticleEnd(segmentText(short.join('\n'), null), 0, dropped, true, sure)).toEqual([
      4, 5,
    ])
  })

  it('is no end when it is a lone sign-up button between kept lines', () => {
    // Title, two paragraphs, the button, a list item and its short lines, a teaser.
    const listed = ['Title', prose('one'), prose('two'), 'Sign up', 'Mode', 'A short line', 'More']
    for (const button of ['Sign up', 'Subscribe now', 'SUBSCRIBE']) {
      listed[3] = button
      const list = segmentText(listed.join('\n'), null)
      expect(afterArticleEnd(list, 0, new Map([[3, 'newsletter' as Category]]), true)).toEqual([])
      // With a dropped block right after it (a form's field), it ends the article.
      const form = new Map<number, Category>([
        [3, 'newsletter'],
        [4, 'newsletter'],
      ])
      expect(afterArticleEnd(list, 0, form, true)).toEqual([5, 6])
    }
    // A prompt is no button: "Sign up for our newsletter" ends the article.
    listed[3] = 'Sign up for our newsletter'
    const prompt = segmentText(listed.join('\n'), null)
    expect(afterArticleEnd(prompt, 0, new Map([[3, 'newsletter' as Category]]), true)).toEqual([
      4, 5, 6,
    ])
  })

  it('takes other closing boxes as the end whatever follows', () => {
    const author = new Map<number, Category>([
      [3, 'author'],
      [6, 'related'],
    ])
    expect(afterArticleEnd(blocks, 0, author, true, sure)).toEqual([4, 5])
  })
})

describe('the end of a plain-text article in cleanArticle', () => {
  const page = [TITLE, P1, P2, P3, 'Sign up for our newsletter', TEASER, 'Privacy policy'].join(
    '\n',
  )

  it('drops the good text below a newsletter box as the page tail', () => {
    const article = cleanArticle(page, { format: 'text' })
    expect(article.text).toBe([P1, P2, P3].join('\n\n'))
    expect(article.removed).toContainEqual(
      expect.objectContaining({ rule: 'article-end', text: TEASER }),
    )
  })

  it('drops the good text below share buttons under an article', () => {
    const shared = [TITLE, P1, P2, P3, 'Share this article', TEASER, 'Privacy policy'].join('\n')
    const article = cleanArticle(shared, { format: 'text' })
    expect(article.text).toBe([P1, P2, P3].join('\n\n'))
    expect(article.removed).toContainEqual(
      expect.objectContaining({ rule: 'article-end', text: TEASER }),
    )
  })

  it('keeps the article going on below a sign-up prompt between its parts', () => {
    const next =
      'The second part of the plan turns to the buses, which the council says will run every ten minutes on the main roads from the autumn, with new shelters at the busiest stops and fares held at last year’s level.'
    const last =
      'Residents who spoke at the meeting welcomed the change but asked that the night services, cut during the pandemic, come back as well, since many of them work late shifts at the hospital and the port.'
    const inside = [TITLE, P1, P2, P3, 'Sign up for our newsletter', next, last, 'Privacy policy']
    const article = cleanArticle(inside.join('\n'), { format: 'text' })
    expect(article.text).toBe([P1, P2, P3, next, last].join('\n\n'))
  })

  it('keeps it without the statistical rules (nothing judges by position then)', () => {
    const rules = recommended.filter((rule) => !rule.aggressive)
    expect(cleanArticle(page, { format: 'text', rules }).text).toContain(TEASER)
  })
})
