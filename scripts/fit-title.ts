/**
 * A learned title chooser, measured against the rules (`src/meta/headline.ts`):
 * every title a page offers is a candidate (each h1, the first three h2s,
 * headline-marked elements, each declared title whole, its parts and its
 * headline without the site's part, the rules' answer), described by the
 * sources that offer it and by its shape; a conditional logit (a softmax over
 * the page's candidates, L2 penalty `--lambda`) is fitted on one half of the
 * pages (`scripts/lib/halves.ts`) and picks one candidate per page on the other.
 *
 *     npx tsx scripts/fit-title.ts <set-dir> [--lambda 1] [--no-rules] [--weights]
 *
 * Prints, for each half held out, the pages whose gold title (after the
 * scorer's normalisation) is the model's pick, the rules' answer, and any
 * candidate (the ceiling). `--no-rules` leaves out the features that mark the
 * rules' answer; `--weights` prints the fitted weights. Nothing is written:
 * the chooser was not landed (docs/benchmarks.md, Session 8).
 */
import { parseArgs } from 'node:util'
import { decode } from '../src/decode.js'
import { readMetadata } from '../src/html/metadata.js'
import { parseHtml } from '../src/html/parse.js'
import { declaredHeadline, fold, isSiteName, partsOf } from '../src/meta/declared.js'
import {
  deref,
  indexById,
  type LdObject,
  ldObjects,
  ldString,
  mainObject,
  typesOf,
} from '../src/meta/json-ld.js'
import { collect, pageLines } from '../src/meta/page-walk.js'
import { repairMojibake } from '../src/mojibake.js'
import { openSet, readPage } from './lib/dataset.js'
import { halfOf } from './lib/halves.js'
import { normalizeMetadata } from './lib/metrics.js'

interface Candidate {
  readonly key: string
  readonly text: string
  readonly features: Map<string, number>
}

interface PageRow {
  readonly id: string
  readonly gold: string
  readonly rules: string
  readonly candidates: readonly Candidate[]
}

const wordsOf = (text: string): string[] => fold(text).match(/[\p{L}\p{N}]+/gu) ?? []

/** The words of the address's last path segment ("/best-cloud-stocks/" → best, cloud, stocks). */
function slugWords(url: string | null): { slug: string[]; home: boolean } {
  try {
    const segments = new URL(url ?? '').pathname.split('/').filter(Boolean)
    const last = segments[segments.length - 1] ?? ''
    const plain = decodeURIComponent(last)
      .replace(/[-_+]/g, ' ')
      .replace(/\.\w+$/, '')
    return { slug: wordsOf(plain), home: segments.length === 0 }
  } catch {
    return { slug: [], home: false }
  }
}

/** A page's candidates with their features. */
function candidatesOf(html: string, url: string | null): { rules: string; list: Candidate[] } {
  const root = parseHtml(html)
  const rules = readMetadata(root, url).title ?? ''
  const c = collect(root)
  const m = (key: string) => c.meta.get(key)?.[0] ?? null
  const objects = ldObjects(c.jsonLd)
  const ldTypes = objects.flatMap((o) => typesOf(o))
  const same = (a: string, b: string) => normalizeMetadata(a) === normalizeMetadata(b)
  const main = mainObject(objects, (h) => c.headings.some((x) => same(x.text, h)))
  const headline = ldString(main ? (deref(main, indexById(objects)) as LdObject) : null, 'headline')
  const publisher = objects.find((o) =>
    typesOf(o).some((t) => t === 'website' || t === 'organization'),
  )
  const sites = [m('og:site_name'), ldString(publisher, 'name')].filter((s): s is string => !!s)
  const declared: [string, string | null | undefined][] = [
    ['ld', headline],
    ['og', m('og:title')],
    ['tw', m('twitter:title')],
    ['title', c.titleTag],
  ]
  const byKey = new Map<string, Candidate>()
  const mark = (text: string | null | undefined, name: string) => {
    if (!text) return
    const key = normalizeMetadata(text)
    if (key === '') return
    let candidate = byKey.get(key)
    if (!candidate) {
      candidate = { key, text, features: new Map() }
      byKey.set(key, candidate)
    }
    candidate.features.set(name, 1)
  }
  mark(rules, 'rules')
  const h1s = c.headings.filter((h) => h.rank === 1)
  h1s.forEach((h, i) => {
    mark(h.text, 'h1')
    if (i === 0) mark(h.text, 'h1First')
    if (h1s.length === 1) mark(h.text, 'h1Lone')
    if (h.inMain) mark(h.text, 'h1Main')
    if (h.siteLike) mark(h.text, 'h1Site')
    const parts = partsOf(h.text)
    if (parts.length > 1) mark(parts[0], 'h1Part')
  })
  for (const h of c.headings.filter((h) => h.rank === 2)) mark(h.text, 'marked')
  c.headings
    .filter((h) => h.rank === 3)
    .slice(0, 3)
    .forEach((h, i) => {
      mark(h.text, i === 0 ? 'h2First' : 'h2')
    })
  for (const [source, value] of declared) {
    if (!value) continue
    mark(value, `whole_${source}`)
    mark(value, 'whole')
    const parts = partsOf(value)
    if (parts.length < 2) continue
    mark(declaredHeadline(value, sites), 'stripped')
    parts.forEach((p, i) => {
      mark(p, i === 0 ? 'part0' : i === parts.length - 1 ? 'partLast' : 'partMid')
    })
  }
  const { slug, home } = slugWords(url)
  const slugSet = new Set(slug)
  const article =
    ldTypes.some((t) => /article|posting|blog|news|report/.test(t)) || m('og:type') === 'article'
  const product = m('og:type') === 'product' || ldTypes.includes('product')
  const lines = pageLines(root).map((l) => normalizeMetadata(l.text))
  const homeNames = new Set(c.homeLinks.map(fold))
  const rulesWords = new Set(wordsOf(rules))
  const rulesKey = normalizeMetadata(rules)
  const list = [...byKey.values()]
  for (const { key, text, features: f } of list) {
    const words = wordsOf(text)
    const sources = [
      'h1',
      'marked',
      'whole_ld',
      'whole_og',
      'whole_tw',
      'whole_title',
      'stripped',
      'part0',
    ]
    f.set('sources', sources.filter((s) => f.has(s)).length)
    f.set('words1to2', words.length <= 2 ? 1 : 0)
    f.set('words3to4', words.length >= 3 && words.length <= 4 ? 1 : 0)
    f.set('words10', words.length >= 10 ? 1 : 0)
    f.set('separator', partsOf(text).length > 1 ? 1 : 0)
    f.set('siteName', isSiteName(text, sites) || homeNames.has(fold(text)) ? 1 : 0)
    f.set('slug', words.length ? words.filter((w) => slugSet.has(w)).length / words.length : 0)
    f.set('allCaps', /\p{Lu}/u.test(text) && text === text.toUpperCase() ? 1 : 0)
    f.set('endPunct', /[?!.]$/.test(text) ? 1 : 0)
    const shown = lines.filter((l) => l === key).length
    f.set('shown', shown > 0 ? 1 : 0)
    f.set('shownTwice', shown > 1 ? 1 : 0)
    if (!f.has('rules') && rulesKey !== '') {
      const shared = words.filter((w) => rulesWords.has(w)).length
      f.set('overlapRules', shared / Math.max(1, new Set([...words, ...rulesWords]).size))
      f.set('insideRules', rulesKey.includes(key) ? 1 : 0)
      f.set('holdsRules', key.includes(rulesKey) ? 1 : 0)
    }
    for (const k of ['h1', 'whole', 'stripped', 'part0', 'rules']) {
      if (!f.has(k)) continue
      if (article) f.set(`${k}XArticle`, 1)
      if (home) f.set(`${k}XHome`, 1)
      if (product) f.set(`${k}XProduct`, 1)
    }
  }
  return { rules, list }
}

/** Softmax over each page's candidates, fitted by Adam on the mean log-loss plus an L2 penalty. */
function fitLogit(rows: readonly PageRow[], names: readonly string[], lambda: number): number[] {
  const data = rows.flatMap((row) => {
    const y = row.candidates.findIndex((c) => c.key === row.gold)
    return y < 0 ? [] : [{ xs: row.candidates.map((c) => vector(c, names)), y }]
  })
  const d = names.length
  const beta = new Array<number>(d).fill(0)
  const m1 = new Array<number>(d).fill(0)
  const m2 = new Array<number>(d).fill(0)
  for (let step = 1; step <= 1500; step++) {
    const grad = beta.map((b) => lambda * b)
    for (const { xs, y } of data) {
      const scores = xs.map((x) => dot(x, beta))
      const top = Math.max(...scores)
      const e = scores.map((s) => Math.exp(s - top))
      const z = e.reduce((a, b) => a + b, 0)
      xs.forEach((x, j) => {
        const r = (e[j] ?? 0) / z - (j === y ? 1 : 0)
        for (let i = 0; i < d; i++) grad[i] = (grad[i] ?? 0) + r * (x[i] ?? 0)
      })
    }
    for (let i = 0; i < d; i++) {
      const g = grad[i] ?? 0
      m1[i] = 0.9 * (m1[i] ?? 0) + 0.1 * g
      m2[i] = 0.999 * (m2[i] ?? 0) + 0.001 * g * g
      const step1 = (m1[i] ?? 0) / (1 - 0.9 ** step)
      const step2 = (m2[i] ?? 0) / (1 - 0.999 ** step)
      beta[i] = (beta[i] ?? 0) - (0.05 * step1) / (Math.sqrt(step2) + 1e-8)
    }
  }
  return beta
}

const vector = (c: Candidate, names: readonly string[]) => names.map((n) => c.features.get(n) ?? 0)
const dot = (x: readonly number[], b: readonly number[]) =>
  x.reduce((a, v, i) => a + v * (b[i] ?? 0), 0)

/** The model's candidate; ties go to the rules' answer. */
function pick(row: PageRow, names: readonly string[], beta: readonly number[]): string {
  let best = ''
  let bestScore = Number.NEGATIVE_INFINITY
  for (const c of row.candidates) {
    const score = dot(vector(c, names), beta) + (c.key === row.rules ? 1e-6 : 0)
    if (score > bestScore) {
      bestScore = score
      best = c.key
    }
  }
  return best
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lambda: { type: 'string', default: '1' },
    'no-rules': { type: 'boolean', default: false },
    weights: { type: 'boolean', default: false },
  },
})
const dir = positionals[0]
if (!dir) {
  console.error(
    'usage: npx tsx scripts/fit-title.ts <set-dir> [--lambda L] [--no-rules] [--weights]',
  )
  process.exit(2)
}
const set = openSet(dir)
const rows: PageRow[] = []
for (const gold of set.gold) {
  if (typeof gold.title !== 'string' || gold.title.trim() === '') continue
  const html = repairMojibake(decode(readPage(set, gold.id)).text)
  const { rules, list } = candidatesOf(html, gold.url ?? null)
  rows.push({
    id: gold.id,
    gold: normalizeMetadata(gold.title),
    rules: normalizeMetadata(rules),
    candidates: list,
  })
}
const names = [...new Set(rows.flatMap((r) => r.candidates.flatMap((c) => [...c.features.keys()])))]
  .sort()
  .filter((n) => !(values['no-rules'] && n.startsWith('rules')))
const share = (n: number, of: number) => `${n} (${(n / of).toFixed(4)})`
let modelSum = 0
let rulesSum = 0
for (const [train, test] of [
  ['even', 'odd'],
  ['odd', 'even'],
] as const) {
  const beta = fitLogit(
    rows.filter((r) => halfOf(r.id) === train),
    names,
    Number(values.lambda),
  )
  const held = rows.filter((r) => halfOf(r.id) === test)
  const model = held.filter((r) => pick(r, names, beta) === r.gold).length
  const rules = held.filter((r) => r.rules === r.gold).length
  const ceiling = held.filter((r) => r.candidates.some((c) => c.key === r.gold)).length
  modelSum += model / held.length
  rulesSum += rules / held.length
  console.log(
    `fitted on ${train}, ${test} held out (${held.length} pages): model ${share(model, held.length)}, rules ${share(rules, held.length)}, ceiling ${share(ceiling, held.length)}`,
  )
  if (values.weights)
    console.log(names.map((n, i) => `${n} ${(beta[i] ?? 0).toFixed(2)}`).join(', '))
}
console.log(
  `mean of the halves: model ${(modelSum / 2).toFixed(4)}, rules ${(rulesSum / 2).toFixed(4)}`,
)
