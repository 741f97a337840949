/**
 * `--jsonl`: a batch of JSON lines in, one JSON article per line out, in the
 * same order. Lines are read with readline as they come, a bounded window of
 * them is cleaned at once, and results are written in order as they finish,
 * waiting whenever stdout is full: memory does not grow with the batch.
 */
import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import type { Job } from './job.js'
import { mapOrdered } from './ordered.js'
import { write } from './output.js'
import type { Runner } from './pool.js'
import type { Progress } from './progress.js'

export interface BatchOptions {
  readonly runner: Runner
  /** Most inputs in flight at once. */
  readonly window: number
  readonly progress: Progress
  /** Where errors and ledgers go (stderr, around the progress bar). */
  readonly report: (text: string) => void
}

export interface JsonlOptions extends BatchOptions {
  readonly input: Readable
  readonly output: Writable
}

export interface BatchReport {
  /** Inputs handled. */
  readonly inputs: number
  /** Inputs that failed (an error record or message stands in their place). */
  readonly failed: number
  /** The most inputs in flight at once. */
  readonly maxInFlight: number
}

type LineJob = Extract<Job, { kind: 'line' }>

/** The non-blank lines of the input as jobs, numbered from 1 as in the file. */
async function* lineJobs(input: Readable): AsyncGenerator<LineJob> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })
  let line = 0
  for await (const raw of lines) {
    line += 1
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw
    if (text.trim() === '') continue
    yield { kind: 'line', line, text }
  }
}

export async function runJsonl(options: JsonlOptions): Promise<BatchReport> {
  let failed = 0
  const stats = await mapOrdered(lineJobs(options.input), {
    window: options.window,
    run: (job) => options.runner.run(job),
    emit: async (outcome, job) => {
      if (!outcome.ok) {
        failed += 1
        options.report(`clean-article: ${outcome.error}\n`)
      } else if (outcome.ledger !== null) {
        options.report(outcome.ledger)
      }
      options.progress.advance(Buffer.byteLength(job.text) + 1)
      if (outcome.output !== null) await write(options.output, outcome.output)
    },
  })
  return { inputs: stats.items, failed, maxInFlight: stats.maxInFlight }
}
