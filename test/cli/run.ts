/** Running the built CLI as a process, for the CLI tests. */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { inject } from 'vitest'

export const ROOT = join(import.meta.dirname, '..', '..')
export const FIXTURES = join(ROOT, 'fixtures')
export const SEED = join(FIXTURES, 'seed--founding-example', 'input.txt')
export const WORDPRESS = join(FIXTURES, 'wordpress--html-post', 'input.html')

export interface CliResult {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
}

export function cli(
  args: readonly string[],
  options: { input?: string; cwd?: string } = {},
): CliResult {
  const result = spawnSync(process.execPath, [inject('cli'), ...args], {
    input: options.input ?? '',
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  })
  if (result.error) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}
