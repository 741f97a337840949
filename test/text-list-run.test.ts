import { describe, expect, it } from 'vitest'
import { LIST_MEAN, LIST_RUN, LISTING_MEAN, listRuns } from '../src/text/list-run.js'

/** Drops of the context rule at `from`..`to` (inclusive). */
function drops(from: number, to: number, rule = 'boilerplate-context'): Map<number, string> {
  const out = new Map<number, string>()
  for (let i = from; i <= to; i++) out.set(i, rule)
  return out
}
const scores = (value: number, count: number) => () => new Array<number>(count).fill(value)
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, k) => from + k)

describe('listRuns', () => {
  // Block 0 is the title, 1 the kept lead-in, 2.. the run.
  const end = 1 + LIST_RUN

  it('keeps a long run of plausible lines right below kept text', () => {
    expect(listRuns(drops(2, end), end + 1, 0, scores(LIST_MEAN + 0.05, end + 1))).toEqual(
      range(2, end),
    )
  })

  it('counts lines repeated-line dropped (a card title shown twice) as part of the run', () => {
    const dropped = drops(2, end)
    dropped.set(3, 'repeated-line')
    expect(listRuns(dropped, end + 1, 0, scores(0.4, end + 1))).toEqual(range(2, end))
  })

  it('leaves a run the line model doubts as a whole (a menu)', () => {
    expect(listRuns(drops(2, end), end + 1, 0, scores(LIST_MEAN - 0.05, end + 1))).toEqual([])
  })

  it('asks less of a listing than of a shop page', () => {
    const mean = (LIST_MEAN + LISTING_MEAN) / 2
    expect(listRuns(drops(2, end), end + 1, 0, scores(mean, end + 1))).toEqual([])
    expect(listRuns(drops(2, end), end + 1, 0, scores(mean, end + 1), LISTING_MEAN)).toEqual(
      range(2, end),
    )
  })

  it('leaves a short run', () => {
    expect(listRuns(drops(2, end - 1), end, 0, scores(0.9, end))).toEqual([])
  })

  it('leaves a run that follows only the title', () => {
    expect(listRuns(drops(1, end), end + 1, 0, scores(0.9, end + 1))).toEqual([])
  })

  it('ends the run at a drop of another rule', () => {
    const dropped = drops(2, end + 2)
    dropped.set(end + 1, 'newsletter-box')
    expect(listRuns(dropped, end + 3, 0, scores(0.9, end + 3))).toEqual(range(2, end))
    // Cut short by it, the run is no list.
    dropped.set(5, 'newsletter-box')
    expect(listRuns(dropped, end + 3, 0, scores(0.9, end + 3))).toEqual([])
  })

  it('asks the line model nothing when no run is long enough', () => {
    let asked = false
    const ask = () => {
      asked = true
      return []
    }
    expect(listRuns(drops(2, 4), 6, 0, ask)).toEqual([])
    expect(asked).toBe(false)
  })

  it("leaves a shop grid's own controls (count, sorting, filters) dropped", () => {
    const lines = ['Title', 'Our desks', '24 items', 'Sort by: Featured', 'Filters']
    lines.push('Refine by Color: White', 'Showing 1 of 24 products')
    while (lines.length < end + 4) lines.push(`Oak desk ${lines.length}`)
    const last = lines.length - 1
    const text = (index: number) => lines[index] ?? ''
    const all = listRuns(drops(2, last), last + 1, 0, scores(0.4, last + 1))
    expect(all).toEqual(range(2, last))
    expect(listRuns(drops(2, last), last + 1, 0, scores(0.4, last + 1), LIST_MEAN, text)).toEqual(
      range(7, last),
    )
  })
})
