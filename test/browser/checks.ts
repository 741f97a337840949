/**
 * Runs inside headless Chromium (bundled by scripts/test-browser.ts): the
 * built browser bundle cleans a string, a parsed `Document`, the live
 * `document` and an `Element`, and its `html` output, inserted into the
 * page in the two ways that fire handlers and run scripts, runs nothing.
 */
import type * as Api from '../../src/index.js'
import { MARKER, xssPage } from '../xss-page.js'
import { XSS_VECTORS } from '../xss-vectors.js'

interface Expected {
  readonly seedText: string
  readonly seed: { title: string; byline: string; text: string }
  readonly pageHtml: string
  readonly page: { title: string; text: string; html: string; markdown: string }
}

export interface Check {
  readonly name: string
  readonly ok: boolean
  readonly detail?: string
}

type Hooked = Window & { __ran: string[] }
const win = window as unknown as Hooked

/** Anything a vector would call records itself instead. */
function hook(): void {
  win.__ran = []
  const record = (what: string) => () => {
    win.__ran.push(what)
  }
  window.alert = record('alert')
  window.confirm = () => {
    win.__ran.push('confirm')
    return false
  }
  window.prompt = () => {
    win.__ran.push('prompt')
    return null
  }
  window.print = record('print')
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Insert markup the two ways a page does: innerHTML (handlers fire) and a parsed fragment (scripts run too). */
function insert(markup: string): void {
  const box = document.createElement('div')
  box.innerHTML = markup
  document.body.append(box)
  const range = document.createRange()
  range.selectNode(document.body)
  document.body.append(range.createContextualFragment(markup))
}

/** Where the server puts the built bundle; a variable, so that bundling leaves it alone. */
const BUNDLE = '/clean-article.js'

export async function run(expected: Expected): Promise<Check[]> {
  const { cleanArticle } = (await import(BUNDLE)) as typeof Api
  const checks: Check[] = []
  const check = (name: string, ok: boolean, detail?: string) =>
    checks.push(detail === undefined ? { name, ok } : { name, ok, detail })

  const fromString = cleanArticle(expected.seedText)
  check('string: title', fromString.title === expected.seed.title, fromString.title ?? 'null')
  check('string: byline', fromString.byline === expected.seed.byline, fromString.byline ?? 'null')
  check('string: text as in Node', fromString.text === expected.seed.text)

  const parsed = new DOMParser().parseFromString(expected.pageHtml, 'text/html')
  const fromDocument = cleanArticle(parsed)
  check('Document: title', fromDocument.title === expected.page.title, fromDocument.title ?? '')
  check('Document: text as from the string in Node', fromDocument.text === expected.page.text)
  // The bundle's outputs clone trees with the platform's structuredClone (scripts/native-clone.ts).
  const fromPage = cleanArticle(expected.pageHtml)
  check('string: html as in Node', fromPage.html === expected.page.html)
  check('string: markdown as in Node', fromPage.markdown === expected.page.markdown)

  const live = cleanArticle(document)
  check('live document: title', live.title === 'The lighthouse keeper retires', live.title ?? '')
  check('live document: body', live.text.includes('forty winters'), live.text.slice(0, 80))
  const element = document.querySelector('article')
  const fromElement = element ? cleanArticle(element) : null
  check('Element: body', fromElement?.text.includes('forty winters') === true)

  // The detector works: a raw vector inserted the same way does run.
  hook()
  insert('<img src="data:," onerror="alert(1)">')
  await sleep(300)
  check('control: a raw vector runs and is seen', win.__ran.length > 0, win.__ran.join(','))

  hook()
  const href = location.href
  let kept = 0
  for (const vector of XSS_VECTORS) {
    const article = cleanArticle(xssPage(vector.html), { url: 'https://news.example/bridge' })
    if (article.html.includes(MARKER)) kept++
    else check(`xss ${vector.name}: paragraph kept`, false)
    insert(article.html)
  }
  await sleep(1500)
  check(
    `xss: ${XSS_VECTORS.length} vectors inserted, nothing ran`,
    win.__ran.length === 0,
    win.__ran.join(','),
  )
  check('xss: every vector paragraph kept', kept === XSS_VECTORS.length, `${kept}`)
  check('xss: no navigation', location.href === href, location.href)
  check(
    'xss: no script, iframe, object, embed, form or base element',
    document.querySelectorAll('script:not([data-harness]), iframe, object, embed, form, base')
      .length === 0,
  )
  return checks
}
