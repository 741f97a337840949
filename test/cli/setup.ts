/**
 * Vitest global setup: build the command line once with tsup, from the
 * `cliBuild` config that makes `dist/cli.js` and `dist/cli-worker.js`, into a
 * scratch directory inside node_modules (so the built files resolve the
 * package's dependencies). The CLI tests run that build as a process: the
 * very files that ship, worker entry included, with no `dist/` needed.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { build } from 'tsup'
import type { TestProject } from 'vitest/node'
import { cliBuild } from '../../tsup.config.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the built `cli.js`. */
    cli: string
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = join(import.meta.dirname, '..', '..')
  const cache = join(root, 'node_modules', '.cache')
  await mkdir(cache, { recursive: true })
  const outDir = await mkdtemp(join(cache, 'clean-article-cli-'))
  await build({ ...cliBuild, outDir, config: false, silent: true })
  project.provide('cli', join(outDir, 'cli.js'))
  return () => rm(outDir, { recursive: true, force: true })
}
