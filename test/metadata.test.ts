import { describe, expect, it } from 'vitest'
import { unescapeTwice } from '../src/html/metadata.js'
import { cleanArticle } from '../src/index.js'

describe('metadata', () => {
  it('decodes character references left in twice-escaped values', () => {
    expect(unescapeTwice('Full &#038; Part Time')).toBe('Full & Part Time')
    expect(unescapeTwice('Houston&#39;s Hottest')).toBe("Houston's Hottest")
    expect(unescapeTwice('a &amp; b &#x2014; c')).toBe('a & b — c')
  })

  it('leaves a literal ampersand and unknown or out-of-range references alone', () => {
    expect(unescapeTwice('Salt & Pepper')).toBe('Salt & Pepper')
    expect(unescapeTwice('&copy; &#0; &#99999999;')).toBe('&copy; &#0; &#99999999;')
  })

  it('reads the decoded title from og:title', () => {
    const html =
      '<html><head><meta property="og:title" content="US News MBA Rankings: Full &amp;#038; Part Time Programs"></head><body><p>Text.</p></body></html>'
    expect(cleanArticle(html).title).toBe('US News MBA Rankings: Full & Part Time Programs')
  })
})
