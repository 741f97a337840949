/**
 * Every regular expression of the library, for the ReDoS check
 * (test/regex-safety.test.ts, scripts/regex-audit.ts).
 *
 * Two sources, so that neither kind can slip through:
 * - regex literals, read from the source files with the TypeScript compiler
 *   (each with its file and line);
 * - `new RegExp(…)` objects, built from templates and word lists, recorded
 *   by a stand-in `RegExp` constructor while every module of src/ is
 *   imported afresh and the pipeline runs over sample pages (so regexes
 *   built at call time are seen too).
 * The static pass also lists every file that calls `RegExp(…)`, so a check
 * can fail when a file's constructed regexes were never recorded.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export const SRC = fileURLToPath(new URL('../src/', import.meta.url))

export interface FoundRegex {
  source: string
  flags: string
  /** Where it was written (`src/…:line`) or recorded (`src/…` of the constructor call). */
  where: string
}

/** The library's own modules: src/ without tests and rule cases. */
export function sourceFiles(): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (/\.ts$/.test(entry.name) && !/\.(test|cases)\.ts$/.test(entry.name)) out.push(path)
    }
  }
  walk(SRC)
  return out.sort()
}

const rel = (path: string): string => `src/${relative(SRC, path).split('\\').join('/')}`

/** Regex literals of the source files, and the files that construct regexes. */
export function staticRegexes(files = sourceFiles()): {
  literals: FoundRegex[]
  constructing: Set<string>
} {
  const literals: FoundRegex[] = []
  const constructing = new Set<string>()
  for (const file of files) {
    const text = readFileSync(file, 'utf8')
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(tree)
        const slash = literal.lastIndexOf('/')
        const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1
        literals.push({
          source: literal.slice(1, slash),
          flags: literal.slice(slash + 1),
          where: `${rel(file)}:${line}`,
        })
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        constructing.add(rel(file))
      }
      ts.forEachChild(node, visit)
    }
    visit(tree)
  }
  return { literals, constructing }
}

/** The src/ file of the innermost stack frame that is in src/, if any. */
function callerFile(stack: string | undefined): string | null {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const at = line.indexOf(SRC)
    if (at < 0) continue
    const match = /^([^:?)]+\.ts)/.exec(line.slice(at))
    if (match?.[1]) return rel(match[1])
  }
  return null
}

/**
 * Runs `load` with a recording `RegExp` constructor in place, and returns
 * every regex constructed from src/ meanwhile. `load` must import the
 * modules dynamically (static imports run before this function).
 */
export async function recordConstructed(load: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp
  const seen: FoundRegex[] = []
  const record = (made: RegExp): RegExp => {
    const where = callerFile(new Error().stack)
    if (where !== null) seen.push({ source: made.source, flags: made.flags, where })
    return made
  }
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) =>
      record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget)),
    apply: (target, self, args) => record(Reflect.apply(target, self, args)),
  })
  try {
    await load()
  } finally {
    globalThis.RegExp = Original
  }
  return seen
}

/** One entry per distinct (source, flags), keeping the first place it was found. */
export function distinct(found: readonly FoundRegex[]): FoundRegex[] {
  const byKey = new Map<string, FoundRegex>()
  for (const regex of found) {
    const key = `${regex.flags}/${regex.source}`
    if (!byKey.has(key)) byKey.set(key, regex)
  }
  return [...byKey.values()]
}
