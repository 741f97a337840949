import { describe, expect, it } from 'vitest'
import { isConsentToken } from '../src/html/consent.js'

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
