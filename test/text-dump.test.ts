import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { bodyIndent, markerLinkDensity, referencesStart, stripMarkers } from '../src/text/dump.js'
import { segmentText } from '../src/text/segment.js'
import { TAIL_GAP, tailClusters } from '../src/text/tail.js'

const PARAGRAPH = [
  '   The harbour board met on Tuesday to agree the budget for the coming year,',
  '   and decided after a long debate to repair the north pier before winter.',
]

describe('text-browser dumps', () => {
  it('finds the references list only when numbered link targets run to the end', () => {
    const dump = ['   [1]Home', '', 'References', '', '   1. https://example.org/']
    expect(referencesStart(dump)).toBe(2)
    expect(
      referencesStart(['References:', '', '[1] https://example.org/', '[2] mailto:a@b.c']),
    ).toBe(0)
    // A "References" heading of a paper, followed by citations, is not a dump's list.
    expect(referencesStart(['References', '1. Smith, J. (2020). Harbours. Oxford.'])).toBe(-1)
    expect(referencesStart(['References'])).toBe(-1)
  })

  it('strips link markers and form fields', () => {
    expect(stripMarkers('[12]Home [13]News [IMG]')).toBe('Home News ')
    expect(stripMarkers('Search ______ [4]Go')).toBe('Search   Go')
  })

  it('estimates link density from the markers', () => {
    expect(markerLinkDensity('[1]Home [2]News [3]Sport', 3)).toBe(1)
    expect(
      markerLinkDensity('a sentence with one [4]inline link in it and more words', 11),
    ).toBeLessThan(0.25)
    expect(markerLinkDensity('no links', 2)).toBe(0)
  })

  it('finds the body indentation of a lynx dump', () => {
    expect(bodyIndent([...PARAGRAPH, ...PARAGRAPH, 'Heading'])).toBe(3)
    const flush = 'An unindented line of prose that is long enough to count.'
    expect(bodyIndent([flush, flush, ...PARAGRAPH])).toBe(-1)
  })

  it('segments a dump: joined paragraphs, headings at the margin, one references block', () => {
    const text = [
      '   [1]Home [2]News',
      '',
      'Harbour Board Agrees Budget',
      '',
      ...PARAGRAPH,
      '',
      ...PARAGRAPH,
      '',
      '     * First point of the plan',
      '       + a nested point',
      '',
      'References',
      '',
      '   1. https://example.org/',
      '   2. https://example.org/news',
    ].join('\n')
    const blocks = segmentText(text, 'en')
    expect(blocks.map((b) => [b.type, b.text])).toEqual([
      ['line', 'Home News'],
      ['heading', 'Harbour Board Agrees Budget'],
      ['paragraph', `${PARAGRAPH[0]?.trim()} ${PARAGRAPH[1]?.trim()}`],
      ['paragraph', `${PARAGRAPH[0]?.trim()} ${PARAGRAPH[1]?.trim()}`],
      ['list', 'First point of the plan'],
      ['list', 'a nested point'],
      ['list', 'References 1. https://example.org/ 2. https://example.org/news'],
    ])
    expect(blocks[0]?.linkDensity).toBe(1)
    expect(blocks[2]?.linkDensity).toBe(0)
    expect(blocks.at(-1)?.linkDensity).toBe(1)
  })

  it('keeps footnote marks in text that is not a dump', () => {
    const article = cleanArticle('A Short Note\nThe figure was revised twice.[1] It stands.', {
      format: 'text',
    })
    expect(article.text).toContain('[1]')
  })

  it('reads tab-separated cells as a table row, never the title', () => {
    const blocks = segmentText('Home\tNews\tSport\nHarbour Board Agrees Budget', 'en')
    expect(blocks[0]?.type).toBe('table')
    const article = cleanArticle(
      'Home\tNews\tSport\tWeather\nHarbour Board Agrees Budget\nThe board met on Tuesday and agreed the budget for the coming year after a long debate about the north pier.',
      { format: 'text' },
    )
    expect(article.title).toBe('Harbour Board Agrees Budget')
  })
})

describe('tailClusters', () => {
  const gap = new Array<boolean>(TAIL_GAP).fill(false)
  const gapWords = new Array<number>(TAIL_GAP).fill(2)

  it('drops a small cluster of good text far after the main one', () => {
    const good = [true, true, true, ...gap, true]
    const words = [80, 90, 70, ...gapWords, 30]
    expect(tailClusters(good, words, -1)).toEqual([3 + TAIL_GAP])
  })

  it('keeps a cluster that is large beside the main one, or close to it, or before it', () => {
    expect(tailClusters([true, ...gap, true], [100, ...gapWords, 60], -1)).toEqual([])
    expect(tailClusters([true, false, true], [100, 2, 10], -1)).toEqual([])
    expect(tailClusters([true, ...gap, true], [10, ...gapWords, 100], -1)).toEqual([])
  })

  it('does not count the title as good text', () => {
    expect(tailClusters([true, ...gap, true], [10, ...gapWords, 100], 0)).toEqual([])
  })
})
