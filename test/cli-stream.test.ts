/**
 * Streaming in the CLI, checked structurally rather than by timing: the
 * in-flight window never exceeds its bound, the input is read only as fast
 * as results go out, stdout's backpressure holds the batch back, results
 * stay in order. Plus the pieces that a process test cannot see (the
 * progress bar on a terminal, --out-dir names).
 */
import { once } from 'node:events'
import { Readable, Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { UsageError } from '../src/cli/args.js'
import { outputNames } from '../src/cli/files.js'
import type { Job, Outcome } from '../src/cli/job.js'
import { runJsonl } from '../src/cli/jsonl.js'
import { mapOrdered } from '../src/cli/ordered.js'
import type { Runner } from '../src/cli/pool.js'
import { createProgress } from '../src/cli/progress.js'

/** Resolve after a pseudo-random short while (timers or microtasks), from a seed. */
function delay(seed: number): Promise<void> {
  const n = (seed * 2654435761) % 7
  if (n < 3) return Promise.resolve()
  return new Promise((resolve) => (n < 5 ? setImmediate(resolve) : setTimeout(resolve, n - 4)))
}

describe('mapOrdered', () => {
  it('keeps at most `window` items in flight over 5,000 items, and emits them in order', async () => {
    const window = 12
    let inFlight = 0
    let maxSeen = 0
    const emitted: number[] = []
    const stats = await mapOrdered(
      (function* () {
        for (let i = 0; i < 5000; i++) yield i
      })(),
      {
        window,
        run: async (i) => {
          inFlight += 1
          maxSeen = Math.max(maxSeen, inFlight)
          await delay(i)
          return i * 2
        },
        emit: async (result, i) => {
          expect(result).toBe(i * 2)
          emitted.push(i)
          if (i % 5 === 0) await delay(i + 1)
          inFlight -= 1
        },
      },
    )
    expect(emitted).toEqual(Array.from({ length: 5000 }, (_, i) => i))
    expect(stats).toEqual({ items: 5000, maxInFlight: window })
    expect(maxSeen).toBe(window)
  })

  it('fails when emitting fails, and stops reading', async () => {
    let read = 0
    const source = (function* () {
      for (let i = 0; i < 1000; i++) {
        read += 1
        yield i
      }
    })()
    const run = mapOrdered(source, {
      window: 4,
      run: async (i) => i,
      emit: (i) => {
        if (i === 10) throw new Error('disk full')
      },
    })
    await expect(run).rejects.toThrow('disk full')
    expect(read).toBeLessThan(20)
  })
})

describe('runJsonl streaming', () => {
  /** A runner that answers after a while, as a worker pool would, out of order. */
  const fakeRunner: Runner = {
    async run(job: Job): Promise<Outcome> {
      if (job.kind !== 'line') throw new Error('line jobs only')
      await delay(job.line)
      return { ok: true, output: `${job.text}\n`, ledger: null }
    },
    close: async () => {},
  }

  it('reads lines only as fast as a slow stdout takes the results, in order', async () => {
    const total = 5000
    const window = 16
    let produced = 0
    let written = 0
    let maxLag = 0
    let maxBuffered = 0
    const input = Readable.from(
      (function* () {
        for (let i = 1; i <= total; i++) {
          produced += 1
          maxLag = Math.max(maxLag, produced - written)
          yield `{"n":${i}}\n`
        }
      })(),
    )
    const received: string[] = []
    const output = new Writable({
      highWaterMark: 64,
      write(chunk, _encoding, done) {
        received.push(String(chunk))
        written += 1
        setImmediate(done)
      },
    })
    const originalWrite = output.write.bind(output)
    output.write = ((chunk: string) => {
      const ok = originalWrite(chunk)
      maxBuffered = Math.max(maxBuffered, output.writableLength)
      return ok
    }) as typeof output.write

    const report = await runJsonl({
      input,
      output,
      runner: fakeRunner,
      window,
      progress: { advance() {}, log() {}, stop() {} },
      report: () => {},
    })
    output.end()
    await once(output, 'finish')
    expect(report).toEqual({ inputs: total, failed: 0, maxInFlight: window })
    expect(received.join('')).toBe(
      Array.from({ length: total }, (_, i) => `{"n":${i + 1}}\n`).join(''),
    )
    // Read ahead of the output by at most the window plus readline's and the
    // stream's own small buffers (about a thousand lines), not the whole input.
    expect(maxLag).toBeLessThan(window + 1200)
    expect(maxLag).toBeLessThan(total / 3)
    // stdout's buffer never holds more than its high-water mark and one line:
    // the batch waited for 'drain' instead of piling results up.
    expect(maxBuffered).toBeLessThan(64 + 16)
  })
})

describe('--out-dir names', () => {
  it('takes the base name with the format’s extension; stdin is "stdin"', () => {
    expect(outputNames(['a/story.html', 'b/notes', '-', 'c/x.tar.gz'], '.json')).toEqual([
      'story.json',
      'notes.json',
      'stdin.json',
      'x.tar.json',
    ])
  })

  it('refuses two inputs with one output name', () => {
    expect(() => outputNames(['a/page.html', 'b/page.txt'], '.txt')).toThrow(UsageError)
    expect(() => outputNames(['a/page.html', 'b/page.txt'], '.txt')).toThrow(
      'a/page.html and b/page.txt would both be written to page.txt',
    )
  })
})

describe('progress', () => {
  /** A stream that records what is written, posing as a terminal or not. */
  function sink(isTTY: boolean) {
    const chunks: string[] = []
    const stream = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(String(chunk))
        done()
      },
    })
    Object.assign(stream, { isTTY, columns: 120 })
    return { stream, text: () => chunks.join('') }
  }

  it('draws a bar with rate and ETA on a terminal', () => {
    const { stream, text } = sink(true)
    const progress = createProgress({ stream, enabled: true, total: 10, unit: 'files' })
    for (let i = 0; i < 4; i++) progress.advance(1)
    progress.log('clean-article: cannot read x\n')
    progress.stop()
    expect(text()).toMatch(/40% \| 4 files \| \d+ files\/s \| ETA /)
    expect(text()).toContain('clean-article: cannot read x\n')
  })

  it('shows a count and rate without a total', () => {
    const { stream, text } = sink(true)
    const progress = createProgress({ stream, enabled: true, total: null, unit: 'lines' })
    progress.advance(120)
    progress.stop()
    expect(text()).toMatch(/1 lines \| \d+ lines\/s/)
    expect(text()).not.toContain('ETA')
  })

  it('draws nothing when disabled, but still writes messages', () => {
    const { stream, text } = sink(false)
    const progress = createProgress({ stream, enabled: false, total: 10, unit: 'files' })
    progress.advance(1)
    progress.log('message\n')
    progress.stop()
    expect(text()).toBe('message\n')
  })
})
