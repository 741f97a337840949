/**
 * What the rule docs read from source text rather than from the imported
 * modules: the comments above each case of a `*.cases.ts` file (an import
 * loses them), and the ledger reasons, captures and option reads of a rule
 * file (a verdict is only built when the rule runs).
 */
import ts from 'typescript'

/** The comment above each case, by list; `null` where a case has none. */
export interface CaseComments {
  readonly keep: readonly (string | null)[]
  readonly drop: readonly (string | null)[]
}

/** What a rule's source says about its verdicts and options. */
export interface RuleFacts {
  /** Every string a `reason` property can take, in source order, without repeats. */
  readonly reasons: readonly string[]
  /** Every string a `capture` property can take. */
  readonly captures: readonly string[]
  /** True when the rule reads `context.options` (or any `.options`). */
  readonly readsOptions: boolean
}

function parse(fileName: string, text: string): ts.SourceFile {
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
}

function propertyName(node: ts.ObjectLiteralElementLike): string | null {
  if (!ts.isPropertyAssignment(node)) return null
  const name = node.name
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null
}

/** The text of `//` and `/* *\/` comments right before a node, joined into one line. */
function leadingComment(text: string, node: ts.Node): string | null {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? []
  if (ranges.length === 0) return null
  const parts = ranges.map((r) =>
    text
      .slice(r.pos, r.end)
      .replace(/^\/\*+|\*+\/$/g, '')
      .split('\n')
      .map((line) => line.replace(/^\s*(?:\/\/+|\*)\s?/, '').trim())
      .filter((line) => line !== '')
      .join(' '),
  )
  const joined = parts.join(' ').trim()
  return joined === '' ? null : joined
}

/** The array literal of `keep` or `drop` in `export const cases = { … }`. */
function caseArrays(source: ts.SourceFile): Map<string, ts.ArrayLiteralExpression> {
  const found = new Map<string, ts.ArrayLiteralExpression>()
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'cases' &&
      node.initializer
    ) {
      let init: ts.Expression = node.initializer
      while (ts.isSatisfiesExpression(init) || ts.isAsExpression(init)) init = init.expression
      if (ts.isObjectLiteralExpression(init)) {
        for (const prop of init.properties) {
          const name = propertyName(prop)
          if ((name === 'keep' || name === 'drop') && ts.isPropertyAssignment(prop)) {
            if (ts.isArrayLiteralExpression(prop.initializer)) found.set(name, prop.initializer)
          }
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/**
 * The comment above each case of a cases file. Throws when the file's
 * lists cannot be matched to the imported ones one element to one case
 * (a spread or a computed list), since the comments would then be misplaced.
 */
export function caseComments(
  fileName: string,
  text: string,
  counts: { keep: number; drop: number },
): CaseComments {
  const source = parse(fileName, text)
  const arrays = caseArrays(source)
  const list = (name: 'keep' | 'drop'): (string | null)[] => {
    const array = arrays.get(name)
    if (!array) throw new Error(`${fileName}: no literal \`${name}\` list in \`cases\``)
    if (array.elements.some((e) => ts.isSpreadElement(e)) || array.elements.length !== counts[name])
      throw new Error(`${fileName}: \`${name}\` must list its cases one by one (no spreads)`)
    return array.elements.map((e) => leadingComment(text, e))
  }
  return { keep: list('keep'), drop: list('drop') }
}

/** String literals an expression can evaluate to (through `?:`, `??`, `||` and parentheses). */
function literals(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text]
  if (ts.isParenthesizedExpression(node)) return literals(node.expression)
  if (ts.isConditionalExpression(node))
    return [...literals(node.whenTrue), ...literals(node.whenFalse)]
  if (ts.isBinaryExpression(node)) return [...literals(node.left), ...literals(node.right)]
  return []
}

/** Reasons, captures and option reads of a rule's source file. */
export function ruleFacts(fileName: string, text: string): RuleFacts {
  const source = parse(fileName, text)
  const reasons: string[] = []
  const captures: string[] = []
  let readsOptions = false
  const add = (into: string[], values: string[]) => {
    for (const v of values) if (!into.includes(v)) into.push(v)
  }
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
      if (node.name.text === 'reason') add(reasons, literals(node.initializer))
      if (node.name.text === 'capture') add(captures, literals(node.initializer))
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'options') readsOptions = true
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { reasons, captures, readsOptions }
}
