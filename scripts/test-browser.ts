/**
 * `npm run test:browser`: the built browser bundle in a real headless
 * Chromium (Debian's `chromium`, driven by playwright-core; nothing is
 * downloaded). A local server on 127.0.0.1 serves the bundle, the checks of
 * test/browser/checks.ts (bundled here with esbuild) and a page with an
 * article in it; the expected answers come from the Node build. Exits 1 when
 * a check fails. Set CHROMIUM to use another browser binary.
 */
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import type { Check } from '../test/browser/checks.js'

const BUNDLE = 'dist/browser/index.js'
const EXECUTABLE = process.env.CHROMIUM ?? '/usr/bin/chromium'
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>The lighthouse keeper retires | Coast Weekly</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>
<article><h1>The lighthouse keeper retires</h1>
<p>After forty winters on the headland, the last keeper of the north light handed over his keys on Friday, and the lamp is now watched from a control room in the harbour town.</p>
<p>He kept a logbook every night of those years, and he has given all of them to the local museum, where they will be shown next spring beside the old brass lens.</p>
<p>Asked what he would miss most, he said it was the silence before a storm, when the gulls go quiet and the sea turns the colour of slate.</p>
</article><footer>© Coast Weekly. All rights reserved.</footer>
<script data-harness type="module">
import { run } from '/checks.js'
const expected = await (await fetch('/expected.json')).json()
window.__checks = await run(expected)
</script></body></html>`

async function checksModule(): Promise<string> {
  const result = await build({
    entryPoints: ['test/browser/checks.ts'],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error('esbuild produced no output')
  return file.text
}

/** The answers the browser must give: the Node build's, on the same inputs. */
async function expected(): Promise<string> {
  const { cleanArticle } = (await import(
    new URL('../dist/index.js', import.meta.url).href
  )) as typeof import('../src/index.js')
  const seedText = readFileSync('fixtures/seed--founding-example/input.txt', 'utf8')
  const pageHtml = readFileSync('fixtures/wordpress--html-post/input.html', 'utf8')
  const seed = cleanArticle(seedText)
  const page = cleanArticle(pageHtml)
  return JSON.stringify({
    seedText,
    seed: { title: seed.title, byline: seed.byline, text: seed.text },
    pageHtml,
    page: { title: page.title, text: page.text, html: page.html, markdown: page.markdown },
  })
}

function serve(files: ReadonlyMap<string, readonly [string, string]>): Promise<Server> {
  const server = createServer((request, response) => {
    const file = files.get(new URL(request.url ?? '/', 'http://x').pathname)
    if (!file) {
      response.writeHead(404).end()
      return
    }
    response.writeHead(200, { 'content-type': `${file[0]}; charset=utf-8` }).end(file[1])
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

async function main(): Promise<number> {
  const files = new Map<string, readonly [string, string]>([
    ['/', ['text/html', PAGE]],
    ['/clean-article.js', ['text/javascript', readFileSync(BUNDLE, 'utf8')]],
    ['/checks.js', ['text/javascript', await checksModule()]],
    ['/expected.json', ['application/json', await expected()]],
  ])
  const server = await serve(files)
  const { port } = server.address() as AddressInfo
  const browser = await chromium.launch({ executablePath: EXECUTABLE, args: FLAGS })
  try {
    const page = await browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    // Anything the page tries to fetch from elsewhere is refused: no network.
    await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort())
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction(() => 'checks' in window || '__checks' in window, null, {
      timeout: 120_000,
    })
    const checks = await page.evaluate(() => (window as unknown as { __checks: Check[] }).__checks)
    let failed = errors.length
    for (const error of errors) console.log(`✗ page error: ${error}`)
    for (const c of checks) {
      if (!c.ok) failed++
      console.log(`${c.ok ? '✓' : '✗'} ${c.name}${!c.ok && c.detail ? ` (${c.detail})` : ''}`)
    }
    console.log(
      `\n${checks.length - (failed - errors.length)} of ${checks.length} browser checks passed`,
    )
    return failed === 0 && checks.length > 0 ? 0 : 1
  } finally {
    await browser.close()
    server.close()
  }
}

process.exitCode = await main()
