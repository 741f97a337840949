/**
 * A bounded, ordered map over a stream of items: at most `window` items are
 * in flight (started and not yet emitted); results are emitted in the
 * items' order, each as soon as it and all before it are done. Reading
 * stops while the window is full, so memory stays flat however long the
 * input is, and a slow `emit` (a full stdout) holds the reading back too.
 */

export interface OrderedOptions<T, R> {
  /** Most items in flight at once; at least 1. */
  readonly window: number
  /** Start the work on an item. Must not reject for a single item's failure. */
  readonly run: (item: T) => Promise<R>
  /** Hand on a result, in order; awaited before the next one. */
  readonly emit: (result: R, item: T) => void | Promise<void>
}

export interface OrderedStats {
  readonly items: number
  /** The most items in flight at any time: never above the window. */
  readonly maxInFlight: number
}

interface Entry<T, R> {
  readonly item: T
  done: boolean
  result?: R
}

export async function mapOrdered<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  options: OrderedOptions<T, R>,
): Promise<OrderedStats> {
  const window = Math.max(1, Math.floor(options.window))
  const queue: Entry<T, R>[] = []
  let items = 0
  let maxInFlight = 0
  const state: { failed: { error: unknown } | null } = { failed: null }
  let wake: (() => void) | null = null
  let emitting: Promise<void> = Promise.resolve()

  const signal = () => {
    const resume = wake
    wake = null
    resume?.()
  }
  const waitForChange = () => new Promise<void>((resolve) => (wake = resolve))

  /** Emit every finished entry at the head of the queue, one at a time. */
  const flush = () => {
    emitting = emitting.then(async () => {
      while (state.failed === null && queue[0]?.done) {
        const head = queue[0]
        await options.emit(head.result as R, head.item)
        queue.shift()
        signal()
      }
    })
    emitting.catch((error: unknown) => {
      state.failed ??= { error }
      signal()
    })
  }

  for await (const item of source) {
    while (state.failed === null && queue.length >= window) await waitForChange()
    if (state.failed !== null) break
    const entry: Entry<T, R> = { item, done: false }
    queue.push(entry)
    items += 1
    maxInFlight = Math.max(maxInFlight, queue.length)
    options.run(item).then(
      (result) => {
        entry.result = result
        entry.done = true
        flush()
      },
      (error: unknown) => {
        state.failed ??= { error }
        signal()
      },
    )
  }
  while (state.failed === null && queue.length > 0) await waitForChange()
  await emitting.catch(() => {})
  if (state.failed !== null) throw state.failed.error
  return { items, maxInFlight }
}
