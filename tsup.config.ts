import { defineConfig, type Options } from 'tsup'
import { nativeStructuredClone } from './scripts/native-clone.js'

/**
 * The command line: `dist/cli.js` (the bin) and the worker-thread entry
 * `dist/cli-worker.js` it loads from beside itself. Exported for the CLI
 * tests, which build it into a scratch directory.
 */
export const cliBuild = {
  entry: { cli: 'src/cli/main.ts', 'cli-worker': 'src/cli/worker.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
} satisfies Options

export default defineConfig([
  {
    entry: { index: 'src/index.ts', rehype: 'src/rehype.ts', testing: 'src/testing.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    treeshake: true,
  },
  cliBuild,
  // One self-contained ES module for browsers (CDNs, pages without a bundler,
  // the browser test): every dependency inlined, minified.
  {
    entry: { index: 'src/index.ts' },
    outDir: 'dist/browser',
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    noExternal: [/.*/],
    esbuildPlugins: [nativeStructuredClone],
    minify: true,
    sourcemap: true,
    treeshake: true,
  },
])
