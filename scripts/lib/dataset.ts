/**
 * Read a benchmark set folder (`shared/README.md`):
 *
 *     gold.jsonl           one line per page
 *     pages/<id>.html.gz   the page's raw bytes (any charset), gzipped
 *     text/<id>.txt        the page as a crawler stores it
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'
import type { GoldRow } from './metrics.js'

export interface DataSet {
  /** Absolute path of the folder. */
  readonly dir: string
  /** The folder's name (`wcxb-dev`). */
  readonly name: string
  readonly gold: readonly GoldRow[]
}

/** Parse a JSON-lines file; blank lines are skipped. */
export function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as T
      } catch (error) {
        throw new Error(`${file}:${index + 1}: ${(error as Error).message}`)
      }
    })
}

/** Write rows as JSON lines. */
export function writeJsonl(file: string, rows: readonly unknown[]): void {
  writeFileSync(file, rows.map((row) => `${JSON.stringify(row)}\n`).join(''))
}

/** Open a set: its name and gold rows. Page files are read on demand. */
export function openSet(dir: string): DataSet {
  const absolute = resolve(dir)
  return {
    dir: absolute,
    name: basename(absolute),
    gold: readJsonl<GoldRow>(join(absolute, 'gold.jsonl')),
  }
}

/** The page's raw bytes, un-gzipped but not decoded: charset detection is the library's job. */
export function readPage(set: Pick<DataSet, 'dir'>, id: string): Uint8Array {
  const bytes = gunzipSync(readFileSync(join(set.dir, 'pages', `${id}.html.gz`)))
  // A plain Uint8Array, not a Buffer, as a browser caller would pass.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

/** The page as plain text (UTF-8), one line per block, title first. */
export function readText(set: Pick<DataSet, 'dir'>, id: string): string {
  return readFileSync(join(set.dir, 'text', `${id}.txt`), 'utf8')
}
