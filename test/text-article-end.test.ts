import { describe, expect, it } from 'vitest'
import { cleanArticle, recommended } from '../src/index.js'
import { P1, P2, P3, TITLE } from '../src/rules/case-pages.js'
import { ABOVE_SHARE, afterArticleEnd, CLOSING_ARTICLE } from '../src/text/article-end.js'
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
    expect(afterArticleEnd(blocks, 0, dropped, CLOSING_ARTICLE)).toEqual([3])
    expect(
      afterArticleEnd(blocks, 0, new Map([[2, 'related' as Category]]), CLOSING_ARTICLE),
    ).toEqual([])
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
    expect(afterArticleEnd(blocks, 0, dropped, CLOSING_ARTICLE)).toEqual([4])
    expect(afterArticleEnd(blocks, 0, dropped)).toEqual([])
  })

  it('takes no credit between paragraphs, nor a lone short legal line', () => {
    const credit = blocksOf([5, 100, 4, 20])
    expect(
      afterArticleEnd(credit, 0, new Map([[2, 'legal' as Category]]), CLOSING_ARTICLE),
    ).toEqual([])
    const short = blocksOf([5, 100, 1, 2, 20])
    const dropped = new Map<number, Category>([
      [2, 'legal'],
      [3, 'navigation'],
    ])
    expect(afterArticleEnd(short, 0, dropped, CLOSING_ARTICLE)).toEqual([])
  })

  it('takes a cookie notice', () => {
    const blocks = blocksOf([5, 100, 12, 20])
    const dropped = new Map([[2, 'cookie' as Category]])
    expect(afterArticleEnd(blocks, 0, dropped, CLOSING_ARTICLE)).toEqual([3])
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

  it('keeps it without the statistical rules (nothing judges by position then)', () => {
    const rules = recommended.filter((rule) => !rule.aggressive)
    expect(cleanArticle(page, { format: 'text', rules }).text).toContain(TEASER)
  })
})
