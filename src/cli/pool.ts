/**
 * Runners: where jobs run. In this process (`--jobs 1`), or spread over a
 * pool of worker threads, each doing one job at a time.
 */
import { Worker } from 'node:worker_threads'
import { failure, type Job, type JobSettings, jobRunner, message, type Outcome } from './job.js'

export interface Runner {
  /** Run a job; resolves with its outcome (a failed job is an outcome too). */
  run(job: Job): Promise<Outcome>
  /** Stop the runner's threads once nothing is running. */
  close(): Promise<void>
}

export function inProcessRunner(settings: JobSettings): Runner {
  const run = jobRunner(settings)
  return { run, close: async () => {} }
}

/**
 * The worker entry: `cli-worker.js` beside the built CLI in `dist/`, or the
 * TypeScript source when the CLI itself runs from source (under tsx).
 */
export function workerEntry(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./worker.ts', import.meta.url)
    : new URL('./cli-worker.js', import.meta.url)
}

/**
 * A worker thread on `entry`. A TypeScript entry (running from source) is
 * loaded through tsx's loader, registered inside the thread first: worker
 * threads do not inherit the loader hooks of `node --import tsx`.
 */
function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData })
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'))
  const boot = `import(${tsx}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}) })`
  return new Worker(boot, { eval: true, workerData })
}

interface Task {
  readonly id: number
  readonly job: Job
  readonly resolve: (outcome: Outcome) => void
  readonly reject: (error: Error) => void
}

interface Slot {
  readonly worker: Worker
  task: Task | null
  /** Jobs this worker finished: a worker that dies before its first cannot start at all. */
  done: number
  lastError: string | null
}

/** The messages between the pool and a worker. */
export interface JobMessage {
  readonly id: number
  readonly job: Job
}
export interface OutcomeMessage {
  readonly id: number
  readonly outcome: Outcome
}

export interface PoolOptions {
  readonly size: number
  readonly settings: JobSettings
  readonly entry?: URL
}

export function workerPool(options: PoolOptions): Runner {
  const entry = options.entry ?? workerEntry()
  const queue: Task[] = []
  const slots = new Set<Slot>()
  let nextId = 0
  let closing = false
  let fatal: Error | null = null

  const spawn = () => {
    const slot: Slot = {
      worker: startWorker(entry, options.settings),
      task: null,
      done: 0,
      lastError: null,
    }
    slots.add(slot)
    slot.worker.on('message', (answer: OutcomeMessage) => {
      const task = slot.task
      if (task === null || task.id !== answer.id) return
      slot.task = null
      slot.done += 1
      task.resolve(answer.outcome)
      feed(slot)
    })
    slot.worker.on('error', (error) => {
      slot.lastError = message(error)
    })
    slot.worker.on('exit', (code) => {
      slots.delete(slot)
      if (closing) return
      const problem = `worker thread stopped (${slot.lastError ?? `exit code ${code}`})`
      if (slot.done === 0) {
        // It never finished a job: a replacement would fail the same way.
        fatal = new Error(`cannot run worker threads: ${problem}`)
        if (slot.task) slot.task.reject(fatal)
        for (const task of queue.splice(0)) task.reject(fatal)
        return
      }
      if (slot.task) slot.task.resolve(failure(slot.task.job, problem))
      feed(spawn())
    })
    return slot
  }

  const feed = (slot: Slot) => {
    const task = queue.shift()
    if (task === undefined) return
    slot.task = task
    const request: JobMessage = { id: task.id, job: task.job }
    slot.worker.postMessage(request)
  }

  for (let i = 0; i < Math.max(1, options.size); i++) spawn()

  return {
    run(job) {
      if (fatal) return Promise.reject(fatal)
      return new Promise<Outcome>((resolve, reject) => {
        queue.push({ id: nextId++, job, resolve, reject })
        for (const slot of slots) {
          if (slot.task === null) {
            feed(slot)
            break
          }
        }
      })
    },
    async close() {
      closing = true
      await Promise.all([...slots].map((slot) => slot.worker.terminate()))
    },
  }
}
