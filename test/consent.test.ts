import type { Element } from 'hast'
import { describe, expect, it } from 'vitest'
import { isConsentBox, isConsentToken } from '../src/html/consent.js'

describe('isConsentToken', () => {
  it('names a consent box by subject and box', () => {
    for (const token of [
      'cookie-banner',
      'cookie-consent',
      'gdpr-modal',
      'consent-sdk',
      'cookiebar',
      'x-cookie-dialog',
    ])
      expect(isConsentToken(token), token).toBe(true)
  })

  it('leaves a subject alone and a box alone', () => {
    for (const token of [
      'cookie-policy',
      'consent',
      'cookies',
      'banner',
      'modal-dialog',
      'cookie-recipe',
    ])
      expect(isConsentToken(token), token).toBe(false)
  })
})

describe('isConsentBox', () => {
  const el = (properties: Record<string, unknown>): Element => ({
    type: 'element',
    tagName: 'div',
    properties: properties as Element['properties'],
    children: [],
  })

  it('reads the tokens lower-cased, in any attribute that holds them', () => {
    expect(isConsentBox(el({ className: ['COOKIE-Banner'] }))).toBe(true)
    expect(isConsentBox(el({ id: 'gdpr-modal' }))).toBe(true)
    // The Kelvin sign lower-cases to "k".
    expect(isConsentBox(el({ className: ['coo\u212aie-bar'] }))).toBe(true)
    expect(isConsentBox(el({ className: ['cookie-policy'] }))).toBe(false)
    expect(isConsentBox(el({ className: ['site-banner'], id: 'main' }))).toBe(false)
    expect(isConsentBox(el({}))).toBe(false)
  })
})
