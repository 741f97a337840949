/** Command-line arguments: the usage text, parsing, and checks of what goes together. */
import { parseArgs } from 'node:util'
import { isOutputFormat, OUTPUT_FORMATS, type OutputFormat } from './render.js'

export const USAGE = `Usage: clean-article [options] [file ...]
       clean-article --jsonl <file|-> [options]

Reads HTML or plain text from each file (or standard input when none or "-")
and prints the clean article.

Options:
  --format <format>         output: ${OUTPUT_FORMATS.join(', ')} (default: text)
  --input <auto|html|text>  how to read the input (default: auto)
  --url <url>               the page's address
  --explain                 print the removal ledger on stderr
  --rules-disable <id,...>  run the recommended rules except these
  --out-dir <dir>           write one file per input into <dir> (created), named
                            after the input, with the format's extension
  --jsonl <file|->          batch: read JSON lines {id?, url?, html | text} and
                            write one JSON article per line, in the same order
  --jobs <n>                worker threads (default: the number of CPUs;
                            1 runs in this process)
  -h, --help                show this help

Exit status: 0 done; 1 an input could not be read or cleaned (the others
still are); 2 usage error.
`

export type InputFormat = 'auto' | 'html' | 'text'

/** What the command was asked to do, checked. */
export interface CliOptions {
  /** Input files; `-` is standard input. Empty with `jsonl`. */
  readonly files: readonly string[]
  readonly format: OutputFormat
  readonly input: InputFormat
  readonly url?: string
  readonly explain: boolean
  /** Ids of `recommended` rules not to run. */
  readonly disabledRules: readonly string[]
  /** The JSON-lines batch to read (`-` for standard input). */
  readonly jsonl?: string
  readonly outDir?: string
  /** Worker threads; 1 runs in-process. */
  readonly jobs: number
}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'run'; readonly options: CliOptions }

/** A mistake in the arguments: exit 2 with the usage text. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export interface ParseSettings {
  /** Ids of the rules `--rules-disable` may name. */
  readonly ruleIds: readonly string[]
  /** `--jobs` when not given. */
  readonly defaultJobs: number
}

const INPUT_FORMATS: readonly InputFormat[] = ['auto', 'html', 'text']

export function parseCommand(argv: readonly string[], settings: ParseSettings): Command {
  let parsed: ReturnType<typeof parse>
  try {
    parsed = parse(argv)
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  const { values, positionals } = parsed
  if (values.help) return { kind: 'help' }

  const format = values.format ?? 'text'
  if (!isOutputFormat(format)) {
    throw new UsageError(`unknown --format ${format} (one of: ${OUTPUT_FORMATS.join(', ')})`)
  }
  const input = values.input ?? 'auto'
  if (!(INPUT_FORMATS as readonly string[]).includes(input)) {
    throw new UsageError(`unknown --input ${input} (one of: ${INPUT_FORMATS.join(', ')})`)
  }
  const jobs = values.jobs === undefined ? settings.defaultJobs : parseJobs(values.jobs)
  const disabledRules = parseRuleIds(values['rules-disable'] ?? [], settings.ruleIds)

  if (values.jsonl !== undefined) {
    if (positionals.length > 0) {
      throw new UsageError(`--jsonl reads its own input; files given too: ${positionals.join(' ')}`)
    }
    if (values['out-dir'] !== undefined) {
      throw new UsageError('--out-dir applies to files, not to --jsonl (it writes to stdout)')
    }
    if (values.format !== undefined && values.format !== 'json') {
      throw new UsageError(`--jsonl writes JSON lines; --format ${values.format} does not apply`)
    }
  }

  const options: CliOptions = {
    files: values.jsonl === undefined && positionals.length === 0 ? ['-'] : positionals,
    format,
    input: input as InputFormat,
    explain: values.explain ?? false,
    disabledRules,
    jobs,
    ...(values.url === undefined ? {} : { url: values.url }),
    ...(values.jsonl === undefined ? {} : { jsonl: values.jsonl }),
    ...(values['out-dir'] === undefined ? {} : { outDir: values['out-dir'] }),
  }
  return { kind: 'run', options }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      input: { type: 'string' },
      url: { type: 'string' },
      explain: { type: 'boolean' },
      'rules-disable': { type: 'string', multiple: true },
      'out-dir': { type: 'string' },
      jsonl: { type: 'string' },
      jobs: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}

function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isSafeInteger(jobs) || jobs < 1) {
    throw new UsageError(`--jobs takes a whole number of at least 1, not ${value}`)
  }
  return jobs
}

/** `--rules-disable a,b --rules-disable c` → `[a, b, c]`, every id known. */
function parseRuleIds(values: readonly string[], known: readonly string[]): string[] {
  const ids = values.flatMap((value) =>
    value
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== ''),
  )
  const unknown = ids.filter((id) => !known.includes(id))
  if (unknown.length > 0) {
    const plural = unknown.length > 1 ? 's' : ''
    throw new UsageError(
      `unknown rule id${plural} in --rules-disable: ${unknown.join(', ')} (rules: ${known.join(', ')})`,
    )
  }
  return [...new Set(ids)]
}
