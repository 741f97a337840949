/** Writing to stdout and stderr: backpressure, and a reader that went away. */
import { once } from 'node:events'
import type { Writable } from 'node:stream'

/** Write a chunk; when the stream's buffer is full, wait until it drains. */
export async function write(stream: Writable, chunk: string): Promise<void> {
  if (stream.write(chunk)) return
  if (stream.destroyed) throw new Error('output closed')
  await once(stream, 'drain')
}

/**
 * Exit quietly when the reader of stdout goes away (`clean-article … | head`),
 * as command-line tools do.
 */
export function exitOnBrokenPipe(stream: Writable): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
    throw error
  })
}

/** All of a readable stream, as bytes (standard input). */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  }
  return Buffer.concat(chunks)
}
