/**
 * The browser bundle's size: `src/index.ts` bundled for browsers with every
 * dependency, minified, gzipped, as the browser build makes it (the native
 * `structuredClone` for its polyfill: ./native-clone.ts); and the same without parse5 (for apps that
 * hand in a DOM `Document` and never parse). `--check` fails when the full
 * bundle passes its budget.
 *
 *   npx tsx scripts/size.ts [--check]
 */
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { nativeStructuredClone } from './native-clone.js'

/** Gzipped bytes the full browser bundle may take (measured size plus headroom). */
export const BUDGET_GZIP = 155 * 1024

async function bundle(external: readonly string[]): Promise<Uint8Array> {
  const result = await build({
    entryPoints: ['src/index.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    external: [...external],
    plugins: [nativeStructuredClone],
    logLevel: 'silent',
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error('esbuild produced no output')
  return file.contents
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`

async function main(): Promise<void> {
  const full = await bundle([])
  // The HTML parser's parts: parse5, and entities, which the fast tokenizer reads references with.
  const lean = await bundle(['parse5', 'hast-util-from-parse5', 'entities'])
  const rows = [
    ['full (with parse5)', full],
    ['without parse5 and entities', lean],
  ] as const
  console.log('| bundle | minified | gzip |\n| --- | ---: | ---: |')
  for (const [name, bytes] of rows)
    console.log(`| ${name} | ${kb(bytes.length)} | ${kb(gzipSync(bytes).length)} |`)
  const gz = gzipSync(full).length
  if (process.argv.includes('--check')) {
    if (gz > BUDGET_GZIP) {
      console.error(`browser bundle ${kb(gz)} gzip is over its budget of ${kb(BUDGET_GZIP)}`)
      process.exitCode = 1
    } else console.log(`within budget: ${kb(gz)} of ${kb(BUDGET_GZIP)} gzip`)
  }
}

await main()
