import { describe, expect, it } from 'vitest'
import {
  BRIDGE_BLOCKS,
  BRIDGE_SHARE,
  BRIDGE_WORDS,
  bridgedRuns,
  dataLine,
  leadIn,
} from '../src/text/bridge.js'
import { TAIL_GAP } from '../src/text/tail.js'

describe('dataLine', () => {
  it('reads figures, colons and sentence ends as data, bare names as a menu', () => {
    expect(dataLine('Weight: 2 kg')).toBe(true)
    expect(dataLine('Open Monday to Friday')).toBe(false)
    expect(dataLine('Check the tyre pressure.')).toBe(true)
    expect(dataLine('12 Harbour Street')).toBe(true)
    expect(dataLine('About us')).toBe(false)
  })
})

describe('bridgedRuns', () => {
  // Blocks: title, paragraph, three dropped lines, paragraph.
  const good = [true, true, false, false, false, true]
  const data = [false, false, true, true, false, false]
  const words = [8, 80, 3, 3, 3, 60]

  it('keeps a run of data lines between two kept paragraphs', () => {
    expect(bridgedRuns(good, data, words, 0)).toEqual([2, 3, 4])
  })

  it('needs kept blocks right above and right below, the title aside', () => {
    expect(bridgedRuns([true, true, false, false, false, false], data, words, 0)).toEqual([])
    expect(bridgedRuns([true, false, false, false, false, true], data, words, 0)).toEqual([])
    // Nothing kept above the run but the title.
    expect(bridgedRuns(good, data, [8, 0, 3, 3, 3, 60], 0)).toEqual([])
  })

  it('needs more than BRIDGE_WORDS kept on each side and BRIDGE_SHARE as much below', () => {
    expect(bridgedRuns(good, data, [8, BRIDGE_WORDS, 3, 3, 3, 60], 0)).toEqual([])
    const tail = Math.floor(400 * BRIDGE_SHARE) - 1
    expect(bridgedRuns(good, data, [8, 400, 3, 3, 3, tail], 0)).toEqual([])
  })

  it('leaves runs of bare names and runs longer than BRIDGE_BLOCKS', () => {
    expect(bridgedRuns(good, [false, false, true, false, false, false], words, 0)).toEqual([])
    const n = BRIDGE_BLOCKS + 1
    const long = [true, true, ...Array<boolean>(n).fill(false), true]
    expect(
      bridgedRuns(
        long,
        [false, false, ...Array<boolean>(n).fill(true), false],
        [8, 80, ...Array<number>(n).fill(3), 80],
        0,
      ),
    ).toEqual([])
  })
})

describe('leadIn', () => {
  it('reads a line ending in a colon as a lead-in', () => {
    expect(leadIn('Those states are:')).toBe(true)
    expect(leadIn('Those states are listed below')).toBe(false)
  })
})

describe('bridgedRuns with a lead-in', () => {
  const names = (n: number) => {
    const good = [true, true, ...Array<boolean>(n).fill(false), true]
    const none = good.map(() => false)
    const words = [8, 80, ...Array<number>(n).fill(2), 80]
    return { good, none, words }
  }

  it('keeps bare names that a colon line right above or first introduces', () => {
    const { good, none, words } = names(4)
    const above = none.map((_, i) => i === 1)
    expect(bridgedRuns(good, none, words, 0, above)).toEqual([2, 3, 4, 5])
    const first = none.map((_, i) => i === 2)
    expect(bridgedRuns(good, none, words, 0, first)).toEqual([2, 3, 4, 5])
    const late = none.map((_, i) => i === 4)
    expect(bridgedRuns(good, none, words, 0, late)).toEqual([])
    expect(bridgedRuns(good, none, words, 0)).toEqual([])
  })

  it('leaves runs of TAIL_GAP names or more, which part the tail pass clusters', () => {
    const { good, none, words } = names(TAIL_GAP)
    expect(
      bridgedRuns(
        good,
        none,
        words,
        0,
        none.map((_, i) => i === 1),
      ),
    ).toEqual([])
    const short = names(TAIL_GAP - 1)
    expect(
      bridgedRuns(
        short.good,
        short.none,
        short.words,
        0,
        short.none.map((_, i) => i === 1),
      ),
    ).toHaveLength(TAIL_GAP - 1)
  })

  it('keeps a longer led run that holds two lines the menu also carries', () => {
    const { good, none, words } = names(TAIL_GAP)
    const lead = none.map((_, i) => i === 1)
    const rep = none.map((_, i) => i === 3 || i === 6)
    expect(bridgedRuns(good, none, words, 0, lead, rep)).toHaveLength(TAIL_GAP)
    const once = none.map((_, i) => i === 3)
    expect(bridgedRuns(good, none, words, 0, lead, once)).toEqual([])
    expect(bridgedRuns(good, none, words, 0, [], rep)).toEqual([])
  })
})
