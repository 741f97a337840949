/**
 * One walk over the parsed page for the metadata: the sources
 * (`collect.ts`) and the visible lines (`lines.ts`) read node by node in
 * the same pass, each reader deciding which subtrees it reads (the
 * collector skips `<head>` values' and headings' insides, the lines skip
 * hidden and non-text elements).
 */
import type { ElementContent, Root } from 'hast'
import { wordedOf } from '../html/worded.js'
import { type Collected, collector } from './collect.js'
import { type Frame, type Line, LineBuilder } from './lines.js'

export interface PageRead {
  readonly collected: Collected
  readonly lines: Line[]
}

/** Walk the page once, reading its metadata sources, its lines, or both. */
export function walkPage(root: Root, read: { sources: boolean; lines: boolean }): PageRead {
  // The conversion's list of worded elements, when this tree is the one it made.
  const sources = collector(read.sources ? wordedOf(root) : undefined)
  const builder = read.lines ? new LineBuilder() : null
  // The walk's stack, in three parallel arrays: a node (or null: the exit
  // from a block element), the line frame it is read in (null: no lines
  // read there; for an exit, the frame to close with), and its depth for
  // the collector (-1: no sources read there).
  const nodes: Array<ElementContent | null> = []
  const frames: Array<Frame | null> = []
  const depths: number[] = []
  const top = builder ? builder.body : null
  for (let i = root.children.length - 1; i >= 0; i--) {
    const node = root.children[i] as ElementContent
    if (node.type === 'element' ? read.sources || top : node.type === 'text' && top) {
      nodes.push(node)
      frames.push(top)
      depths.push(read.sources ? 0 : -1)
    }
  }
  while (nodes.length > 0) {
    const node = nodes.pop()
    const frame = frames.pop() as Frame | null
    const depth = depths.pop() as number
    const lining = frame !== null && builder !== null && !builder.full
    if (!node) {
      if (lining) builder.close(frame)
      continue
    }
    if (node.type === 'text') {
      if (lining) builder.text(node.value)
      continue
    }
    if (node.type !== 'element') continue
    const down = depth >= 0 && sources.enter(node, depth) ? depth + 1 : -1
    const inner = lining ? builder.open(node, frame) : null
    if (inner && builder?.exit) {
      nodes.push(null)
      frames.push(builder.exit)
      depths.push(-1)
    }
    if (down < 0 && !inner) continue
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i] as ElementContent
      if (child.type === 'element' || (inner && child.type === 'text')) {
        nodes.push(child)
        frames.push(inner)
        depths.push(down)
      }
    }
  }
  return { collected: sources.collected, lines: builder ? builder.finish() : [] }
}

/** The page's metadata sources alone. */
export function collect(root: Root): Collected {
  return walkPage(root, { sources: true, lines: false }).collected
}

/** The visible lines of a page alone (hidden elements are skipped). */
export function pageLines(root: Root): Line[] {
  return walkPage(root, { sources: false, lines: true }).lines
}
