/** `deepFreeze` freezes everything reachable, through objects and arrays alike. */
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '../src/freeze.js'

describe('deepFreeze', () => {
  it('freezes objects inside arrays, arrays inside objects, and arrays of arrays', () => {
    const inner = { a: 1 }
    const nested = [[{ b: 2 }], 'text', null, 3]
    const value = { list: [inner, nested], tokens: ['x', 'y'], more: { deep: [[[{ c: 3 }]]] } }
    deepFreeze(value)
    const seen: unknown[] = []
    const walk = (v: unknown): void => {
      if (v === null || typeof v !== 'object') return
      seen.push(v)
      for (const next of Object.values(v)) walk(next)
    }
    walk(value)
    expect(seen.length).toBe(12)
    for (const v of seen) expect(Object.isFrozen(v)).toBe(true)
  })

  it('leaves a sparse array and one holding itself alone but frozen', () => {
    const sparse: unknown[] = []
    sparse[3] = { d: 4 }
    const loop: unknown[] = []
    loop.push(loop, { e: 5 })
    deepFreeze([sparse, loop])
    expect(Object.isFrozen(sparse[3])).toBe(true)
    expect(Object.isFrozen(loop[1])).toBe(true)
  })
})
