import { describe, expect, it } from 'vitest'
import { cleanArticle, recommended } from '../src/index.js'
import {
  alreadyClean,
  laidOutInParagraphs,
  mostlyRepeated,
  paragraphsOf,
} from '../src/text/already-clean.js'
import { paragraphTitle, segmentParagraphs } from '../src/text/paragraphs.js'
import { splitLines } from '../src/text/segment.js'

const lines = (text: string): string[] => splitLines(text)

const CLEAN = [
  'Notes From the Allotment',
  '',
  'The first frost came early this year, and with it the usual scramble to lift the last of the dahlias.',
  '',
  'What to lift',
  '',
  'Dahlias',
  'Cannas',
  'Gladioli',
  '',
  'A dry shed works.',
  '',
  '– Keep them dark, said my neighbour.',
].join('\n')

describe('laidOutInParagraphs', () => {
  it('reads paragraphs parted by blank lines, a list among them', () => {
    expect(laidOutInParagraphs(lines(CLEAN))).toBe(true)
  })

  it('does not read a scraper dump (one line per block, no blank lines) as paragraphs', () => {
    expect(laidOutInParagraphs(lines(CLEAN.replace(/\n\n/g, '\n')))).toBe(false)
  })

  it('does not read a dump with a stray blank line as paragraphs', () => {
    const dump = ['Home', 'News', 'Sport', 'Weather', 'Contact'].join('\n')
    expect(laidOutInParagraphs(lines(`${dump}\n\n${dump}\n${dump}`))).toBe(false)
  })

  it('needs two paragraphs', () => {
    expect(laidOutInParagraphs(lines('\n\nOne paragraph alone.\n\n'))).toBe(false)
  })

  it('does not read a text-browser dump with its references as paragraphs', () => {
    const dump = [
      'A Headline',
      '',
      'Some [1]text of the page.',
      '',
      'References',
      '',
      '   1. https://example.org/a',
    ].join('\n')
    expect(laidOutInParagraphs(lines(dump))).toBe(false)
  })
})

describe('paragraphsOf', () => {
  it('gives each run of non-blank lines with its line range', () => {
    expect(paragraphsOf(['a', 'b', '', ' ', 'c'])).toEqual([
      { start: 0, end: 2, lines: ['a', 'b'] },
      { start: 4, end: 5, lines: ['c'] },
    ])
  })
})

describe('alreadyClean', () => {
  const [statistical, specific] = [
    recommended.find((r) => r.aggressive),
    recommended.find((r) => !r.aggressive),
  ]
  it('is clean when only statistical rules dropped anything', () => {
    expect(alreadyClean([])).toBe(true)
    if (statistical) expect(alreadyClean([statistical, statistical])).toBe(true)
  })

  it('is not clean when a rule that names a kind of boilerplate dropped a block', () => {
    if (!statistical || !specific) throw new Error('recommended has both kinds of rule')
    expect(alreadyClean([statistical, specific])).toBe(false)
  })

  it('counts repeated lines and blocks as statistical', () => {
    const ids = recommended.filter((r) => r.aggressive).map((r) => r.id)
    expect(ids).toEqual(
      expect.arrayContaining(['boilerplate-context', 'repeated-line', 'duplicate-block']),
    )
  })
})

describe('segmentParagraphs', () => {
  it('keeps each paragraph one block, its lines joined by line breaks, as written', () => {
    const blocks = segmentParagraphs(CLEAN, 'en')
    expect(blocks.map((b) => b.text)).toEqual([
      'Notes From the Allotment',
      'The first frost came early this year, and with it the usual scramble to lift the last of the dahlias.',
      'What to lift',
      'Dahlias\nCannas\nGladioli',
      'A dry shed works.',
      '– Keep them dark, said my neighbour.',
    ])
    expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3, 4, 5])
    expect(blocks[3]?.source).toEqual({ kind: 'text', start: 6, end: 9 })
  })

  it('keeps indentation and runs of spaces, drops control characters, odd spaces as spaces', () => {
    const blocks = segmentParagraphs('Title\n\ncode:\n  - a:\u00a0\t1\u0007   \n\fend  x', null)
    expect(blocks.map((b) => b.text)).toEqual(['Title', 'code:\n  - a:  1\n end  x'])
  })

  it('reads a paragraph of bulleted lines as a list (numbers kept), a lone dashed line as written', () => {
    const blocks = segmentParagraphs('Title\n\n- one\n* two\n3. three\n\n- Keep them dark.', 'en')
    expect(blocks[1]).toMatchObject({
      type: 'list',
      text: 'one\ntwo\n3. three',
      items: ['one', 'two', '3. three'],
    })
    expect(blocks[2]).toMatchObject({ type: 'paragraph', text: '- Keep them dark.' })
  })

  it('joins a hard-wrapped paragraph with spaces', () => {
    const line = 'word '.repeat(14).trim()
    const para = [line, line, line].join('\n')
    const text = [para, para, para, para].join('\n\n')
    const blocks = segmentParagraphs(text, 'en')
    expect(blocks).toHaveLength(4)
    expect(blocks[0]?.text).toBe([line, line, line].join(' '))
  })
})

describe('mostlyRepeated', () => {
  const para = 'The council met on Tuesday and voted on the budget for the coming year.'
  it('is true when most words repeat an earlier paragraph', () => {
    expect(mostlyRepeated(segmentParagraphs([para, para, para].join('\n\n'), 'en'))).toBe(true)
  })

  it('is false for a pull quote repeating one paragraph of several', () => {
    const text = [para, 'A second paragraph, different from the first one.', 'And a third.', para]
    expect(mostlyRepeated(segmentParagraphs(text.join('\n\n'), 'en'))).toBe(false)
  })
})

describe('paragraphTitle', () => {
  it('takes a first paragraph of one short line', () => {
    expect(paragraphTitle(segmentParagraphs(CLEAN, 'en'))).toBe(0)
  })

  it('takes no sentence of prose, however short, but a question', () => {
    expect(paragraphTitle(segmentParagraphs('The council voted.\n\nMore text.', 'en'))).toBe(-1)
    expect(paragraphTitle(segmentParagraphs('Who pays for the bridge?\n\nText.', 'en'))).toBe(0)
  })

  it('takes a few words with a full stop above a paragraph of prose, not above short lines', () => {
    const body =
      'The river rose two metres overnight and the old bridge closed at dawn, the council said on Tuesday.'
    expect(paragraphTitle(segmentParagraphs(`Nebelsuppe.\n\n${body}`, 'en'))).toBe(0)
    expect(
      paragraphTitle(segmentParagraphs(`Bridge closes. Council meets.\n\n${body}`, 'en')),
    ).toBe(-1)
    expect(
      paragraphTitle(segmentParagraphs('It rained.\n\nThen it snowed.\n\nThen it stopped.', 'en')),
    ).toBe(-1)
    const long = 'The council met on Tuesday evening and voted on the new budget for the bridge.'
    expect(paragraphTitle(segmentParagraphs(`${long}\n\n${body}`, 'en'))).toBe(-1)
  })

  it('takes no line of punctuation alone', () => {
    expect(paragraphTitle(segmentParagraphs('- \n\nThe council voted on Tuesday.', 'en'))).toBe(-1)
    expect(paragraphTitle(segmentParagraphs('***\n\nText.\n\nMore text.', 'en'))).toBe(-1)
  })

  it('takes no paragraph of several lines, nor a long sentence', () => {
    expect(paragraphTitle(segmentParagraphs('Dahlias\nCannas\n\nText.', 'en'))).toBe(-1)
    const prose = `${'The frost came early and the dahlias had to come in '.repeat(4).trim()}.`
    expect(paragraphTitle(segmentParagraphs(`${prose}\n\nMore.`, 'en'))).toBe(-1)
  })
})

describe('an already clean text in cleanArticle', () => {
  it('comes back unchanged: short paragraphs, list lines and dashes kept', () => {
    const article = cleanArticle(CLEAN, { format: 'text' })
    expect(article.title).toBe('Notes From the Allotment')
    expect(article.text).toBe(CLEAN.slice(CLEAN.indexOf('\n\n') + 2))
    expect(article.removed).toEqual([])
  })

  it('is read as a page when a rule names boilerplate in it', () => {
    const article = cleanArticle(`${CLEAN}\n\nShare on Facebook`, { format: 'text' })
    expect(article.removed.map((r) => r.rule)).toContain('share-widget')
    // Line by line: the list's lines are blocks of their own, the dash read as a list marker.
    expect(article.blocks.some((b) => b.text.includes('\n'))).toBe(false)
    expect(article.text).not.toContain('– Keep')
  })

  it('is read as a page when it comes one line per block', () => {
    const article = cleanArticle(CLEAN.replace(/\n\n/g, '\n'), { format: 'text' })
    expect(article.blocks.some((b) => b.text.includes('\n'))).toBe(false)
    expect(article.text).not.toContain('– Keep')
  })
})
