import { describe, expect, it } from 'vitest'
import {
  BRIDGE_BLOCKS,
  BRIDGE_SHARE,
  BRIDGE_WORDS,
  bridgedRuns,
  dataLine,
} from '../src/text/bridge.js'

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
