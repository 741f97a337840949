/**
 * Freezing what rules see, so that a rule cannot change what the next rule
 * (or the caller) sees.
 */

/** Freeze a value and everything reachable from it, without recursion. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value]
  while (stack.length > 0) {
    const v = stack.pop()
    if (v === null || typeof v !== 'object' || Object.isFrozen(v)) continue
    Object.freeze(v)
    // Only objects go on the stack: strings and numbers are most of a block's values.
    // An array by index (`Object.keys` would make a string of every index).
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        const next: unknown = v[i]
        if (next !== null && typeof next === 'object') stack.push(next)
      }
      continue
    }
    for (const key of Object.keys(v)) {
      const next = (v as Record<string, unknown>)[key]
      if (next !== null && typeof next === 'object') stack.push(next)
    }
  }
  return value
}

/** A deeply frozen copy of plain objects and arrays (other values are shared as they are). */
export function frozenCopy<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object' || depth > 20) return value
  if (Array.isArray(value)) return Object.freeze(value.map((v) => frozenCopy(v, depth + 1))) as T
  if (Object.getPrototypeOf(value) !== Object.prototype) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) out[k] = frozenCopy(v, depth + 1)
  return Object.freeze(out) as T
}
