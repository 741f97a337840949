/**
 * Files (and standard input) in, articles out: to stdout in the order given,
 * or with `--out-dir` one file per input, named after it.
 */
import { writeFile } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { Readable, Writable } from 'node:stream'
import { UsageError } from './args.js'
import type { Job } from './job.js'
import type { BatchOptions, BatchReport } from './jsonl.js'
import { mapOrdered } from './ordered.js'
import { readAll, write } from './output.js'

export interface FilesOptions extends BatchOptions {
  /** Paths; `-` is standard input. */
  readonly files: readonly string[]
  readonly stdin: Readable
  /** Where articles go: a stream, or an existing directory and each input's file name there. */
  readonly target:
    | { readonly kind: 'stream'; readonly output: Writable }
    | { readonly kind: 'dir'; readonly dir: string; readonly names: readonly string[] }
}

interface Item {
  readonly index: number
  readonly job: Job
}

/**
 * The file each input is written to in `--out-dir`: its base name with the
 * format's extension instead of its own (`stdin` for standard input). Two
 * inputs that would write the same file are a usage error.
 */
export function outputNames(files: readonly string[], extension: string): string[] {
  const names = files.map((file) => {
    if (file === '-') return `stdin${extension}`
    const base = basename(file)
    const stem = base.slice(0, base.length - extname(base).length) || base
    return `${stem}${extension}`
  })
  const seen = new Map<string, string>()
  names.forEach((name, i) => {
    const earlier = seen.get(name)
    if (earlier !== undefined) {
      throw new UsageError(`--out-dir: ${earlier} and ${files[i]} would both be written to ${name}`)
    }
    seen.set(name, files[i] as string)
  })
  return names
}

export async function runFiles(options: FilesOptions): Promise<BatchReport> {
  const { target } = options

  async function* items(): AsyncGenerator<Item> {
    for (const [index, path] of options.files.entries()) {
      if (path === '-') {
        const bytes = await readAll(options.stdin)
        yield { index, job: { kind: 'bytes', name: 'standard input', bytes } }
      } else {
        yield { index, job: { kind: 'file', path } }
      }
    }
  }

  let failed = 0
  const fail = (error: string) => {
    failed += 1
    options.report(`clean-article: ${error}\n`)
  }
  const stats = await mapOrdered(items(), {
    window: options.window,
    run: (item) => options.runner.run(item.job),
    emit: async (outcome, item) => {
      options.progress.advance(1)
      if (!outcome.ok) return fail(outcome.error)
      if (target.kind === 'stream') {
        await write(target.output, outcome.output)
      } else {
        const file = join(target.dir, target.names[item.index] as string)
        try {
          await writeFile(file, outcome.output)
        } catch (error) {
          return fail(`cannot write ${file}: ${(error as Error).message}`)
        }
      }
      if (outcome.ledger !== null) options.report(outcome.ledger)
    },
  })
  return { inputs: stats.items, failed, maxInFlight: stats.maxInFlight }
}
