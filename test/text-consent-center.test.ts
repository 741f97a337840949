import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { P1, P2, P3, TITLE } from '../src/rules/case-pages.js'
import { consentCenter } from '../src/text/consent-center.js'
import { segmentText } from '../src/text/segment.js'

const CENTER = [
  'Privacy Preference Center',
  'When you visit any website, it may store or retrieve information on your browser, mostly in the form of cookies, and this information might be about you, your preferences or your device.',
  'Strictly Necessary Cookies',
  'Always Active',
  'These technologies are necessary for the website to function and cannot be switched off in our systems, and they are usually only set in response to actions made by you.',
]

describe('consentCenter', () => {
  it('drops a preference centre below the page text to the end of the page', () => {
    const blocks = segmentText([TITLE, P1, P2, P3, ...CENTER].join('\n'), 'en')
    expect(consentCenter(blocks, 0, new Set())).toEqual([4, 5, 6, 7, 8])
  })

  it('reads the IAB framework\'s "We and our partners" as one', () => {
    const line =
      'We and our 842 partners store and/or access information on a device, such as unique IDs in cookies to process personal data.'
    const blocks = segmentText([TITLE, P1, P2, line, P3].join('\n'), 'en')
    expect(consentCenter(blocks, 0, new Set())).toEqual([3, 4])
  })

  it('leaves a banner above most of the page text', () => {
    const blocks = segmentText([TITLE, P1, ...CENTER, P2, P3, P1, P2].join('\n'), 'en')
    expect(consentCenter(blocks, 0, new Set())).toEqual([])
  })

  it('in cleanArticle, leaves the centre out of the text', () => {
    const article = cleanArticle([TITLE, P1, P2, P3, ...CENTER].join('\n'), { format: 'text' })
    expect(article.text).toContain(P3)
    expect(article.text).not.toContain('retrieve information on your browser')
    expect(article.removed.some((r) => r.reason.includes('preference centre'))).toBe(true)
  })
})
