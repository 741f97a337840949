/**
 * The `clean-article` command (built as `dist/cli.js`): parse the arguments,
 * choose where jobs run, and hand over to the file or JSON-lines batch.
 */
import { mkdir, open } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import type { Readable } from 'node:stream'
import { recommended } from '../rules/index.js'
import { type CliOptions, parseCommand, USAGE, UsageError } from './args.js'
import { outputNames, runFiles } from './files.js'
import { type JobSettings, message } from './job.js'
import { type BatchReport, runJsonl } from './jsonl.js'
import { exitOnBrokenPipe } from './output.js'
import { inProcessRunner, type Runner, workerPool } from './pool.js'
import { createProgress } from './progress.js'
import { RENDERERS } from './render.js'

/** Inputs in flight per job: enough to keep every worker busy while results wait their turn. */
const WINDOW_PER_JOB = 8

/** Exit statuses. */
const OK = 0
const FAILED = 1
const USAGE_ERROR = 2

async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions
  try {
    const command = parseCommand(argv, {
      ruleIds: recommended.map((rule) => rule.id),
      defaultJobs: availableParallelism(),
    })
    if (command.kind === 'help') {
      process.stdout.write(USAGE)
      return OK
    }
    options = command.options
  } catch (error) {
    return usageError(error)
  }
  try {
    const report = await run(options)
    return report.failed > 0 ? FAILED : OK
  } catch (error) {
    if (error instanceof UsageError) return usageError(error)
    process.stderr.write(`clean-article: ${message(error)}\n`)
    return FAILED
  }
}

function usageError(error: unknown): number {
  if (!(error instanceof UsageError)) throw error
  process.stderr.write(`clean-article: ${error.message}\n\n${USAGE}`)
  return USAGE_ERROR
}

async function run(options: CliOptions): Promise<BatchReport> {
  const settings: JobSettings = {
    format: options.format,
    input: options.input,
    disabledRules: options.disabledRules,
    explain: options.explain,
    labelLedger: options.jsonl !== undefined || options.files.length > 1,
    ...(options.url === undefined ? {} : { url: options.url }),
  }
  // No more threads than inputs; one runs in this process.
  const jobs =
    options.jsonl === undefined ? Math.min(options.jobs, options.files.length) : options.jobs
  const window = jobs * WINDOW_PER_JOB

  let input: Readable | null = null
  let total: number | null = options.files.length
  if (options.jsonl !== undefined) {
    if (options.jsonl === '-') {
      input = process.stdin
      total = null
    } else {
      const path = options.jsonl
      const handle = await open(path).catch((error: unknown) => {
        throw new Error(`cannot read ${path}: ${message(error)}`)
      })
      total = (await handle.stat()).size
      input = handle.createReadStream()
    }
  }
  // Checked before anything is created: two inputs may not share an output file.
  const names =
    options.outDir === undefined
      ? []
      : outputNames(options.files, RENDERERS[options.format].extension)
  if (options.outDir !== undefined) {
    const dir = options.outDir
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw new Error(`cannot create ${dir}: ${message(error)}`)
    })
  }

  const progress = createProgress({
    stream: process.stderr,
    enabled: process.stderr.isTTY === true,
    total,
    unit: options.jsonl === undefined ? 'files' : 'lines',
  })
  const runner: Runner = jobs > 1 ? workerPool({ size: jobs, settings }) : inProcessRunner(settings)
  const batch = { runner, window, progress, report: (text: string) => progress.log(text) }
  try {
    if (input !== null) return await runJsonl({ ...batch, input, output: process.stdout })
    return await runFiles({
      ...batch,
      files: options.files,
      stdin: process.stdin,
      target:
        options.outDir === undefined
          ? { kind: 'stream', output: process.stdout }
          : { kind: 'dir', dir: options.outDir, names },
    })
  } finally {
    progress.stop()
    await runner.close()
  }
}

exitOnBrokenPipe(process.stdout)
process.exitCode = await main(process.argv.slice(2))
