/**
 * hast elements from a tag name, a namespace and attributes as parse5 gives
 * them, the nodes hast-util-from-parse5 makes (no positions), built without
 * hastscript: an element gets its properties from property-information's
 * HTML or SVG schema directly, what the schema says of each attribute name
 * read once and cached (by name, for all pages). Unlike hastscript, a tag
 * name is never read as a selector (`<a.b>` stays `a.b`). Used by the
 * parser's tree adapter (./hast-adapter.ts) and the DOM conversion
 * (./from-dom.ts).
 */
import type { Element } from 'hast'
import { html as htmlNs } from 'parse5'
import { find, html as htmlSchema, svg as svgSchema } from 'property-information'
import { HINT_WORDS } from './worded.js'

type Info = ReturnType<typeof find>
/** An attribute as parse5 gives it (a DOM attribute passes its qualified name, no prefix). */
export interface Attribute {
  readonly name: string
  readonly value: string
  readonly prefix?: string | undefined
}
type Value = string | number | boolean | (string | number)[]

const own = Object.prototype.hasOwnProperty
const proto = Object.prototype

/**
 * space-separated-tokens' `parse` (trim, then split on runs of ASCII
 * white space), by a character loop into a new array: one array per list
 * instead of `split`'s and a copy (an array `split` returns is slower for
 * every later reader of the class list, Session 9).
 */
function spaces(value: string): string[] {
  const input = value.trim()
  const out: string[] = []
  // The trimmed input starts and ends with a character that is not white space.
  let start = 0
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i)
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      if (start < i) out.push(input.slice(start, i))
      start = i + 1
    }
  }
  if (start < input.length) out.push(start === 0 ? input : input.slice(start))
  return out
}

/** comma-separated-tokens' `parse`. */
function commas(value: string): string[] {
  const tokens: string[] = []
  let index = value.indexOf(',')
  let start = 0
  let end = false
  while (!end) {
    if (index === -1) {
      index = value.length
      end = true
    }
    const token = value.slice(start, index).trim()
    if (token || !end) tokens.push(token)
    start = index + 1
    index = value.indexOf(',', start)
  }
  return tokens
}

const PLAIN = 0
const SPACES = 1
const COMMAS = 2
const COMMAS_OR_SPACES = 3

/**
 * What property-information says of one attribute name, read once: the
 * property it sets, how its value splits, and whether its items may be
 * numbers or booleans (hastscript's `parsePrimitive`).
 */
interface Slot {
  readonly property: string
  readonly list: number
  readonly number: boolean
  readonly boolean: boolean
  /** The property lower-cased: a boolean attribute whose value repeats its name is `true`. */
  readonly lower: string
  /** A property the hint tests read (class, id, role, itemprop). */
  readonly hint: boolean
}

const HINT_PROPERTIES = new Set(['className', 'id', 'role', 'itemProp'])

function slotOf(info: Info): Slot {
  return {
    property: info.property,
    list: info.spaceSeparated
      ? SPACES
      : info.commaSeparated
        ? COMMAS
        : info.commaOrSpaceSeparated
          ? COMMAS_OR_SPACES
          : PLAIN,
    number: info.number,
    boolean: info.boolean || info.overloadedBoolean,
    lower: info.property.toLowerCase(),
    hint: HINT_PROPERTIES.has(info.property),
  }
}

/** hastscript's `parsePrimitive` for a string. */
function primitive(slot: Slot, value: string): string | number | boolean {
  if (slot.number && value && !Number.isNaN(Number(value))) return Number(value)
  if (slot.boolean && (value === '' || value.toLowerCase() === slot.lower)) return true
  return value
}

/** hastscript's `addProperty` for a string value. */
function addProperty(properties: Record<string, Value>, slot: Slot, value: string): void {
  let result: Value
  if (slot.list === PLAIN) result = primitive(slot, value)
  else {
    const list =
      slot.list === SPACES
        ? spaces(value)
        : slot.list === COMMAS
          ? commas(value)
          : spaces(commas(value).join(' '))
    // Items are strings unless the attribute may hold numbers or booleans.
    result =
      slot.number || slot.boolean
        ? list.map((item) => primitive(slot, item) as string | number)
        : list
  }
  if (slot.property === 'className') {
    const before = properties.className
    if (Array.isArray(before))
      result = [...before, ...(Array.isArray(result) ? result : [result as string | number])]
  }
  properties[slot.property] = result
}

/** Slots by attribute name, for HTML and SVG; null for a name `Object.prototype` holds. */
const HTML_SLOTS = new Map<string, Slot | null>()
const SVG_SLOTS = new Map<string, Slot | null>()
/** Past this many names a cache starts again (pages invent `data-` names without end). */
const MAX_SLOTS = 4096

/** Attribute names an object orders before the others (array indices). */
const INDEX = /^(?:0|[1-9]\d*)$/

/** Whether an attribute is prefixed or named like an index (the raw properties' path). */
function needsRaw(attrs: readonly Attribute[]): boolean {
  for (const attribute of attrs) {
    if (attribute.prefix) return true
    const first = attribute.name.charCodeAt(0)
    // An index starts with a digit: the regex only for those.
    if (first >= 48 && first <= 57 && INDEX.test(attribute.name)) return true
  }
  return false
}

/** The properties object hast-util-from-parse5 gives `h`: attributes by (prefixed) name. */
function rawProperties(attrs: readonly Attribute[]): Record<string, string> {
  const raw: Record<string, string> = {}
  for (const attribute of attrs) {
    const name = (attribute.prefix ? `${attribute.prefix}:` : '') + attribute.name
    if (!own.call(proto, name)) raw[name] = attribute.value
  }
  return raw
}

/** Builds hast elements, the attribute lookups cached by name for each schema. */
export class ElementMaker {
  /** Elements made whose hint attributes hold a hint word (`./worded.ts`). */
  readonly worded = new Set<Element>()

  private slot(name: string, inSvg: boolean): Slot | null {
    const cache = inSvg ? SVG_SLOTS : HTML_SLOTS
    let slot = cache.get(name)
    if (slot === undefined) {
      slot = own.call(proto, name) ? null : slotOf(find(inSvg ? svgSchema : htmlSchema, name))
      if (cache.size >= MAX_SLOTS) cache.clear()
      cache.set(name, slot)
    }
    return slot
  }

  /** Whether the last properties made hold a hint word. */
  private wordedLast = false

  /** The properties of attributes in document order (`prefix:name` when prefixed). */
  private properties(attrs: readonly Attribute[], inSvg: boolean): Record<string, Value> {
    const properties: Record<string, Value> = {}
    let worded = false
    if (needsRaw(attrs)) {
      // Index-like names come first in an object's keys, as hastscript reads them.
      for (const [key, value] of Object.entries(rawProperties(attrs))) {
        const slot = this.slot(key, inSvg)
        if (slot) {
          addProperty(properties, slot, value)
          if (slot.hint && !worded) worded = HINT_WORDS.test(value)
        }
      }
    } else {
      for (const attribute of attrs) {
        const slot = this.slot(attribute.name, inSvg)
        if (slot) {
          addProperty(properties, slot, attribute.value)
          if (slot.hint && !worded) worded = HINT_WORDS.test(attribute.value)
        }
      }
    }
    this.wordedLast = worded
    return properties
  }

  /**
   * An element without children, from its attributes in document order
   * (`prefix:name` when prefixed). HTML names are lower-cased and an HTML
   * template gets an empty `content`; SVG attributes read the SVG schema.
   */
  make(tag: string, namespace: string, attrs: readonly Attribute[]): Element {
    const html = namespace === htmlNs.NS.HTML
    const properties = this.properties(attrs, namespace === htmlNs.NS.SVG)
    const element: Element = {
      type: 'element',
      tagName: html ? tag.toLowerCase() : tag,
      properties,
      children: [],
    }
    if (html && element.tagName === 'template') element.content = { type: 'root', children: [] }
    if (this.wordedLast) this.worded.add(element)
    return element
  }

  /** Give an HTML element the properties of a new attribute list (html and body merge a second tag's). */
  refill(element: Element, attrs: readonly Attribute[]): void {
    element.properties = this.properties(attrs, false)
    if (this.wordedLast) this.worded.add(element)
  }
}
