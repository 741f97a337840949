/**
 * The progress bar on stderr, with rate and ETA, drawn by `cli-progress`
 * when stderr is a terminal; nothing otherwise. Messages go through it so
 * they do not garble the bar.
 */
import type { Writable } from 'node:stream'
import cliProgress from 'cli-progress'

export interface Progress {
  /** One more input done, worth `amount` of the total (1 for a file, its bytes for a line). */
  advance(amount: number): void
  /** A message on the same stream, on a line of its own above the bar. */
  log(text: string): void
  stop(): void
}

export interface ProgressOptions {
  readonly stream: Writable
  /** Draw the bar (stderr is a terminal); otherwise only messages are written. */
  readonly enabled: boolean
  /** The total to reach, in the unit of `advance`; null when unknown (a pipe). */
  readonly total: number | null
  /** What an input is called: "files", "lines". */
  readonly unit: string
}

export function createProgress(options: ProgressOptions): Progress {
  const { stream, total, unit } = options
  if (!options.enabled) {
    return { advance() {}, log: (text) => void stream.write(text), stop() {} }
  }
  const format =
    total === null
      ? `{items} ${unit} | {rate} ${unit}/s | {duration_formatted}`
      : `{bar} {percentage}% | {items} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`
  const bar = new cliProgress.SingleBar(
    {
      format,
      stream,
      hideCursor: true,
      etaBuffer: 200,
      fps: 5,
      forceRedraw: true,
      gracefulExit: true,
    },
    cliProgress.Presets.shades_classic,
  )
  const started = Date.now()
  let items = 0
  let value = 0
  const payload = () => {
    const seconds = (Date.now() - started) / 1000
    return { items, rate: seconds > 0 ? Math.round(items / seconds) : 0 }
  }
  bar.start(total ?? 0, 0, payload())
  return {
    advance(amount) {
      items += 1
      value += amount
      bar.update(value, payload())
    },
    log(text) {
      stream.write(`\r\x1b[2K${text}`)
      bar.render()
    },
    stop() {
      bar.update(value, payload())
      bar.stop()
    },
  }
}
