import { describe, expect, it } from 'vitest'
import { classify } from '../src/classify/classify.js'
import { cleanArticle } from '../src/index.js'
import { commentSection } from '../src/rules/comment-section.js'
import { pageMeta } from '../src/rules/page-meta.js'
import { prepareText } from '../src/text/prepare.js'
import { qaStamp } from '../src/text/qa-thread.js'

describe('qaStamp', () => {
  it('reads the stamps and counters of a flattened Q&A page', () => {
    expect(qaStamp('asked Mar 3, 2019 at 8:12')).toBe(true)
    expect(qaStamp('answered Apr 14, 2021 at 17:05')).toBe(true)
    expect(qaStamp('edited Jan 2, 2022 at 9:40')).toBe(true)
    expect(qaStamp('Commented Apr 15, 2021 at 6:30')).toBe(true)
    expect(qaStamp('Modified 3 months ago')).toBe(true)
    expect(qaStamp('Viewed 41k times')).toBe(true)
    expect(qaStamp('12,4083131 gold badges8989 silver badges140140 bronze badges')).toBe(true)
    expect(qaStamp('7,2101414 silver badges3030 bronze badges')).toBe(true)
    expect(qaStamp('3 Answers 3')).toBe(true)
    expect(qaStamp('Sorted by: Reset to default')).toBe(true)
    expect(qaStamp('Improve this answer')).toBe(true)
    expect(qaStamp('| Show 4 more comments')).toBe(true)
    expect(qaStamp('2021-04-15 06:30:12 +00:00')).toBe(true)
    expect(qaStamp('2022-11-02T10:04:55.213Z+00:00')).toBe(true)
  })

  it('leaves sentences that start like a stamp', () => {
    expect(qaStamp('Asked about the outage, the spokesperson said 40 sites were affected.')).toBe(
      false,
    )
    expect(qaStamp('Edited by hand, the 2 files diverged.')).toBe(false)
    expect(qaStamp('answered the call')).toBe(false)
    expect(qaStamp('3 answers to the question of scale')).toBe(false)
  })
})

const QUESTION =
  'My backup script copies the home folder every night, but the copy of the mail folder is always empty. What am I missing?'
const ANSWER =
  'The mail client keeps its folder locked while it runs, so the copy sees an empty file; stop the client before the copy or use its own export.'
const COMMENT = 'Did you check whether the script runs as the same user who owns the mail folder?'
const PAGE = [
  'Why is my nightly backup of the mail folder empty?',
  'Asked 2 years, 3 months ago',
  'Viewed 3k times',
  QUESTION,
  'Improve this question',
  'asked Mar 3, 2019 at 8:12',
  'quietfern',
  '1,2041111 silver badges2020 bronze badges',
  COMMENT,
  'larch_owl',
  '2019-03-03 09:14:02 +00:00',
  'Commented Mar 3, 2019 at 9:14',
  '2 Answers 2',
  'Sorted by: Reset to default',
  ANSWER,
  'answered Mar 4, 2019 at 11:30',
  'larch_owl',
].join('\n')
const URL = 'https://qa.example.org/questions/4411/nightly-backup-mail-folder-empty'

/** The named rules alone: the context rule would take the stamps for chrome by itself. */
const RULES = [commentSection, pageMeta]

describe('a Q&A page in cleanArticle', () => {
  it('keeps the question and the answer and drops the stamps and the comment', () => {
    const article = cleanArticle(PAGE, { format: 'text', url: URL, rules: RULES })
    expect(article.text).toContain(QUESTION)
    expect(article.text).toContain(ANSWER)
    expect(article.text).not.toContain(COMMENT)
    expect(article.text).not.toMatch(/asked Mar|Viewed 3k|badges|Sorted by|Commented|2019-03-03/)
    expect(article.removed).toContainEqual(
      expect.objectContaining({
        rule: 'comment-section',
        reason: 'comment on a question or answer',
        text: COMMENT,
      }),
    )
    expect(article.removed).toContainEqual(
      expect.objectContaining({
        rule: 'page-meta',
        reason: 'Q&A stamp or counter',
        text: 'answered Mar 4, 2019 at 11:30',
      }),
    )
  })

  it('leaves the same lines on a page that is no discussion', () => {
    const page = prepareText(PAGE, URL)
    expect(page.pageType).toBe('discussion')
    const { drops } = classify({ ...page, pageType: 'article' }, RULES, {}, false)
    const reasons = [...drops.values()].map((drop) => drop.verdict.reason)
    expect(reasons).not.toContain('Q&A stamp or counter')
    expect(reasons).not.toContain('comment on a question or answer')
  })

  it('leaves a line whose stamp is no comment stamp', () => {
    const page = PAGE.replace('Commented Mar 3, 2019 at 9:14', 'Share')
    const article = cleanArticle(page, { format: 'text', url: URL, rules: RULES })
    expect(article.text).toContain(COMMENT)
  })

  it('leaves them when the rules are left out', () => {
    const article = cleanArticle(PAGE, { format: 'text', url: URL, rules: [] })
    expect(article.text).toContain(COMMENT)
    expect(article.text).toContain('Viewed 3k times')
  })
})
