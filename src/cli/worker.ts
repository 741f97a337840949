/** Worker-thread entry (built as `dist/cli-worker.js`): runs the jobs the pool sends. */
import { parentPort, workerData } from 'node:worker_threads'
import { type JobSettings, jobRunner } from './job.js'
import type { JobMessage, OutcomeMessage } from './pool.js'

const port = parentPort
if (port === null) throw new Error('clean-article: cli-worker runs as a worker thread only')

const run = jobRunner(workerData as JobSettings)

port.on('message', async (request: JobMessage) => {
  const answer: OutcomeMessage = { id: request.id, outcome: await run(request.job) }
  port.postMessage(answer)
})
