/**
 * One unit of work: read an input, clean it, render it. The same code runs
 * in this process (`--jobs 1`) and in each worker thread, so it takes and
 * returns only plain data.
 */
import { readFile } from 'node:fs/promises'
import { cleanArticle } from '../index.js'
import { recommended } from '../rules/index.js'
import type { CleanArticle, CleanOptions } from '../types.js'
import type { InputFormat } from './args.js'
import { ledger } from './ledger.js'
import { type OutputFormat, RENDERERS, renderJsonLine } from './render.js'

/** How every job of a run is done: the same for all, given once to each worker. */
export interface JobSettings {
  readonly format: OutputFormat
  readonly input: InputFormat
  readonly url?: string
  readonly disabledRules: readonly string[]
  readonly explain: boolean
  /** Head each ledger with the input's name (more than one input). */
  readonly labelLedger: boolean
}

export type Job =
  /** A file to read and clean. */
  | { readonly kind: 'file'; readonly path: string }
  /** Bytes already read (standard input), under a name for messages. */
  | { readonly kind: 'bytes'; readonly name: string; readonly bytes: Uint8Array }
  /** One line of a `--jsonl` batch, numbered from 1. */
  | { readonly kind: 'line'; readonly line: number; readonly text: string }

export type Outcome =
  | { readonly ok: true; readonly output: string; readonly ledger: string | null }
  | {
      readonly ok: false
      /** For stderr: what failed, naming the input. */
      readonly error: string
      /** What stands in the output in its place (a `--jsonl` error record), if anything. */
      readonly output: string | null
    }

export type RunJob = (job: Job) => Promise<Outcome>

/** A job runner for these settings. */
export function jobRunner(settings: JobSettings): RunJob {
  const rules = recommended.filter((rule) => !settings.disabledRules.includes(rule.id))
  const base: CleanOptions = {
    rules,
    ...(settings.url === undefined ? {} : { url: settings.url }),
  }
  const explain = (article: CleanArticle, label: string) =>
    settings.explain ? ledger(article, settings.labelLedger ? label : undefined) : null

  return async (job) => {
    try {
      return await run(job)
    } catch (error) {
      return failure(job, `cannot clean: ${message(error)}`)
    }
  }

  async function run(job: Job): Promise<Outcome> {
    switch (job.kind) {
      case 'file': {
        let bytes: Uint8Array
        try {
          bytes = await readFile(job.path)
        } catch (error) {
          return { ok: false, error: `cannot read ${job.path}: ${message(error)}`, output: null }
        }
        return cleanInput(bytes, job.path)
      }
      case 'bytes':
        return cleanInput(job.bytes, job.name)
      case 'line':
        return cleanLine(job.line, job.text)
    }
  }

  function cleanInput(bytes: Uint8Array, name: string): Outcome {
    const article = cleanArticle(bytes, { ...base, format: settings.input })
    return {
      ok: true,
      output: RENDERERS[settings.format].render(article),
      ledger: explain(article, name),
    }
  }

  function cleanLine(line: number, text: string): Outcome {
    let record: unknown
    try {
      record = JSON.parse(text)
    } catch (error) {
      return lineFailure(line, undefined, `invalid JSON: ${message(error)}`)
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      return lineFailure(line, undefined, 'not a JSON object')
    }
    const { id, url, html, text: plain } = record as Record<string, unknown>
    const source = pickSource(html, plain, settings.input)
    if (typeof source === 'string') return lineFailure(line, id, source)
    if (url !== undefined && typeof url !== 'string') {
      return lineFailure(line, id, '"url" is not a string')
    }
    const article = cleanArticle(source.content, {
      ...base,
      format: source.format,
      ...(url === undefined ? {} : { url }),
    })
    const label = id === undefined ? `line ${line}` : `line ${line} (id ${JSON.stringify(id)})`
    return { ok: true, output: renderJsonLine(article, id), ledger: explain(article, label) }
  }
}

/**
 * The content of a JSON line: `html` read as HTML, `text` as plain text;
 * with both, `html` unless `--input text`. A string is what is wrong.
 */
function pickSource(
  html: unknown,
  text: unknown,
  input: InputFormat,
): { content: string; format: 'html' | 'text' } | string {
  if (html !== undefined && typeof html !== 'string') return '"html" is not a string'
  if (text !== undefined && typeof text !== 'string') return '"text" is not a string'
  if (typeof text === 'string' && (html === undefined || input === 'text')) {
    return { content: text, format: 'text' }
  }
  if (typeof html === 'string') return { content: html, format: 'html' }
  return 'no "html" or "text" field'
}

function lineFailure(line: number, id: unknown, error: string): Outcome {
  const record = id === undefined ? { line, error } : { id, line, error }
  return { ok: false, error: `line ${line}: ${error}`, output: `${JSON.stringify(record)}\n` }
}

function nameOf(job: Job): string {
  return job.kind === 'file' ? job.path : job.kind === 'bytes' ? job.name : `line ${job.line}`
}

/** The outcome of a job that failed for `problem` (cleaning threw, its worker died). */
export function failure(job: Job, problem: string): Outcome {
  if (job.kind === 'line') return lineFailure(job.line, undefined, problem)
  return { ok: false, error: `${nameOf(job)}: ${problem}`, output: null }
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
