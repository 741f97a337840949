import { describe, expect, it } from 'vitest'
import { rawText, textLength } from '../src/html/hast.js'
import { parseHtml } from '../src/html/parse.js'
import { prune } from '../src/html/prune.js'

const prose = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `Paragraph ${i + 1} tells the reader, in whole sentences, what happened next.`,
  ).join(' ')

function pruned(html: string): string {
  const root = parseHtml(html)
  prune(root)
  return rawText(root)
}

describe('prune', () => {
  it("drops a media player's controls and menus", () => {
    const text = pruned(
      `<body><article><p>${prose(3)}</p><div class="video-js vjs-paused"><div class="vjs-control-bar"><button class="vjs-play-control">Play</button><div class="vjs-duration-display">Duration Time 0:00</div></div></div><div class="mejs-controls">Use Up/Down Arrow keys to increase or decrease volume.</div></article></body>`,
    )
    expect(text).toContain('Paragraph 3')
    expect(text).not.toContain('Duration Time')
    expect(text).not.toContain('Arrow keys')
  })

  it('weighs a form by the text a reader sees, not by its scripts', () => {
    const data = `{"@context":"https://schema.org","description":"${'x'.repeat(2500)}"}`
    const widget = pruned(
      `<body><p>${prose(3)}</p><form class="comment-form"><p>Leave a reply here</p><script type="application/ld+json">${data}</script></form></body>`,
    )
    expect(widget).toContain('Paragraph 3')
    expect(widget).not.toContain('Leave a reply here')
    // A page wrapped in a form (ASP.NET) keeps its text.
    const wrapper = pruned(`<body><form><p>${prose(40)}</p></form></body>`)
    expect(wrapper).toContain('Paragraph 40')
  })

  it('drops navigation, footers and hidden subtrees', () => {
    const text = pruned(
      `<body><nav><a href="/">Home</a></nav><p>${prose(3)}</p><footer>Footer text</footer><div hidden>Secret</div></body>`,
    )
    expect(text).toContain('Paragraph 3')
    expect(text).not.toContain('Home')
    expect(text).not.toContain('Footer text')
    expect(text).not.toContain('Secret')
  })

  it("keeps a hidden disclosure panel (a FAQ's answer, a tab's panel) and drops other hidden boxes", () => {
    const text = pruned(
      `<body><p>${prose(6)}</p><h3>Do you deliver on Sundays?</h3><div class="accordion__content" hidden><p>Yes, every Sunday morning.</p></div><div role="tabpanel" style="display:none"><p>Pricing starts at ten euros.</p></div><div id="faq-answer-2" aria-hidden="true"><p>Returns are free for thirty days.</p></div><div class="mega-menu" hidden><p>All products</p></div><div class="newsletter" aria-hidden="true"><p>Sign up for our letters</p></div></body>`,
    )
    expect(text).toContain('every Sunday morning')
    expect(text).toContain('ten euros')
    expect(text).toContain('thirty days')
    expect(text).not.toContain('All products')
    expect(text).not.toContain('Sign up')
  })

  it("keeps a button that is its heading's text (an accordion's question) and drops other buttons", () => {
    const text = pruned(
      `<body><p>${prose(6)}</p><h3><button aria-expanded="false">Do you deliver on Sundays?</button></h3><div class="accordion__content" hidden><p>Yes, every Sunday morning.</p></div><p><button>Load more</button></p></body>`,
    )
    expect(text).toContain('Do you deliver on Sundays?')
    expect(text).toContain('every Sunday morning')
    expect(text).not.toContain('Load more')
  })

  it('keeps a tab list whose panels hold prose (an accordion) and drops one whose panels hold links (a menu)', () => {
    const faq = (q: string, a: string) =>
      `<div class="panel"><h4><a data-toggle="collapse" href="#c">${q}</a></h4><div class="panel-collapse collapse" role="tabpanel"><div class="panel-body">${a}</div></div></div>`
    const text = pruned(
      `<body><p>${prose(6)}</p><div class="panel-group" role="tablist">${faq('Do you deliver on Sundays?', 'Yes, we deliver every Sunday morning between eight and noon to every town in the county.')}${faq('Can I return a parcel?', 'Returns are free for thirty days, and the courier collects the parcel from your door.')}</div><ul role="tablist"><li><a href="#m1">Shop</a><div role="tabpanel" hidden><a href="/a">Chairs</a> <a href="/b">Tables</a> <a href="/c">Lamps</a></div></li><li><a href="#m2">Brands</a><div role="tabpanel" hidden><a href="/d">Acme</a> <a href="/e">Globex</a></div></li></ul><div role="tablist"><div role="tabpanel" hidden>Department of Biology, University of Somewhere</div><div role="tabpanel" hidden>Institute of Physics, Other University</div></div></body>`,
    )
    expect(text).toContain('every Sunday morning')
    expect(text).toContain('thirty days')
    expect(text).not.toContain('Chairs')
    expect(text).not.toContain('Shop')
    expect(text).not.toContain('Department of Biology')
  })

  it('drops a popover, shown only when opened, even with tab panels inside', () => {
    const text = pruned(
      `<body><p>${prose(6)}</p><div popover id="install-app"><h4>Install the app</h4><div role="tabpanel" hidden><p>Tap the share icon</p></div></div></body>`,
    )
    expect(text).toContain('Paragraph 6')
    expect(text).not.toContain('Install the app')
    expect(text).not.toContain('share icon')
  })

  it('keeps a hidden element that holds most of the page (a streamed body)', () => {
    const text = pruned(`<body><div hidden id="S:0"><p>${prose(6)}</p></div><p>Loading…</p></body>`)
    expect(text).toContain('Paragraph 6')
  })

  it('drops a consent preference centre even when it holds most of the page', () => {
    const text = pruned(
      `<body><div id="privacy-consent-sdk"><div role="dialog" aria-modal="true"><p>${prose(25)}</p></div></div><main><p>Thread opener with a question.</p></main></body>`,
    )
    expect(text).toContain('Thread opener')
    expect(text).not.toContain('Paragraph 25')
  })

  it('leaves a short cookie banner for the cookie-notice rule', () => {
    const text = pruned(
      `<body><div class="cookie-banner"><p>We use cookies.</p></div><p>${prose(3)}</p></body>`,
    )
    expect(text).toContain('We use cookies.')
  })

  it('keeps a page whose root elements only say a cookie banner is showing', () => {
    const text = pruned(
      `<html class="cookie-banner-visible"><body class="has-cookie-bar"><p>${prose(3)}</p></body></html>`,
    )
    expect(text).toContain('Paragraph 3')
  })

  it('keeps a cookie policy page', () => {
    const text = pruned(`<body><div class="cookie-policy"><p>${prose(3)}</p></div></body>`)
    expect(text).toContain('Paragraph 3')
  })

  it('drops a menu of links even when it holds most of the page', () => {
    const items = Array.from(
      { length: 60 },
      (_, i) => `<li><a href="/c/${i}">Category number ${i}</a></li>`,
    ).join('')
    const text = pruned(
      `<body><header><nav><ul>${items}</ul></nav></header><main><h1>Boots</h1><p>Forty boots in stock.</p></main></body>`,
    )
    expect(text).not.toContain('Category number 7')
    expect(text).toContain('Forty boots in stock.')
  })

  it('drops text kept for screen readers only', () => {
    const text = pruned(
      `<body><p>${prose(2)} <span class="sr-only">Opens in a new window</span></p><button class="x"><span class="visually-hidden">Add to compare</span></button></body>`,
    )
    expect(text).toContain('Paragraph 2')
    expect(text).not.toContain('Opens in a new window')
    expect(text).not.toContain('Add to compare')
  })

  it('reads screen-reader and player classes in any case, as toLowerCase would', () => {
    const text = pruned(
      `<body><p>${prose(2)} <span class="SR-Only">Opens in a new window</span> <span class="Screen-Reader-Text">Read more</span></p><div class="VJS-control-bar">Duration Time 0:00</div><p class="sr-onlyx">Kept line one.</p><div class="xvjs-bar">Kept line two.</div></body>`,
    )
    expect(text).toContain('Paragraph 2')
    expect(text).not.toContain('Opens in a new window')
    expect(text).not.toContain('Read more')
    expect(text).not.toContain('Duration Time')
    expect(text).toContain('Kept line one.')
    expect(text).toContain('Kept line two.')
  })

  it('knows every screen-reader name and player prefix whatever its length and case', () => {
    const hidden = [
      'SR-only',
      'Visually-Hidden',
      'visuallyhidden',
      'screen-reader-text',
      'Screen-Reader-Only',
      'screenreader-only',
      'element-invisible',
      'A-Offscreen',
      'vjs-x',
      'MEJS-time',
      'jw-display',
      'yvp-main',
    ]
    const kept = ['jwx-a', 'mejs', 'vjs_x', 'a-offscreens', 'sr-only-x', 'x-jw-a']
    const html = [...hidden, ...kept].map((c, i) => `<p class="k ${c}">Line ${i} here.</p>`)
    const text = pruned(`<body><p>${prose(2)}</p>${html.join('')}</body>`)
    for (const [i, c] of [...hidden, ...kept].entries())
      expect([c, text.includes(`Line ${i} here.`)]).toEqual([c, i >= hidden.length])
  })

  it('measures text lengths as rawText would, without building the text', () => {
    const root = parseHtml(
      `<body><p>${prose(2)}<b>bold <i>and</i></b> after</p><!-- c --><ul><li>one</li><li>two</li></ul></body>`,
    )
    expect(textLength(root)).toBe(rawText(root).length)
    const body = root.children[0]
    if (body?.type !== 'element') throw new Error('no html element')
    expect(textLength(body)).toBe(rawText(body).length)
  })

  it('drops ruby annotations and keeps their base text', () => {
    const text = pruned(
      '<body><p><ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>を読む</p></body>',
    )
    expect(text).toContain('漢字を読む')
    expect(text).not.toContain('かんじ')
  })

  it('drops a page footer even when it holds most of the page', () => {
    const text = pruned(
      `<body><main><p>Forty boots in stock.</p></main><footer><p>${prose(8)}</p></footer></body>`,
    )
    expect(text).toContain('Forty boots in stock.')
    expect(text).not.toContain('Paragraph 8')
  })
})

describe('noscript fallback markup', () => {
  const article = [1, 2, 3, 4].map((i) => `<p>Section ${i}: ${prose(2)}</p>`).join('')
  const count = (text: string) => text.split('Section 3:').length - 1

  it('drops a noscript block that repeats the article shown elsewhere', () => {
    const text = pruned(
      `<body><div id="app">${article}</div><noscript>${article}</noscript></body>`,
    )
    expect(count(text)).toBe(1)
  })

  it('keeps a noscript block that holds the only copy', () => {
    const text = pruned(`<body><div id="app">Loading…</div><noscript>${article}</noscript></body>`)
    expect(count(text)).toBe(1)
  })

  it('keeps a noscript block that repeats only a little of the page', () => {
    const other = [1, 2, 3, 4].map((i) => `<p>Reply ${i}: ${prose(2)}</p>`).join('')
    const text = pruned(
      `<body><div id="app"><p>Section 1: ${prose(2)}</p></div><noscript><p>Section 1: ${prose(2)}</p>${other}</noscript></body>`,
    )
    expect(text).toContain('Reply 4:')
  })

  it('drops a noscript block that holds escaped markup', () => {
    const text = pruned(
      `<body><div id="app">${article}</div><noscript>&lt;div class="alert"&gt;&lt;p&gt;Enable JavaScript to read comments.&lt;/p&gt;&lt;/div&gt;</noscript></body>`,
    )
    expect(count(text)).toBe(1)
    expect(text).not.toContain('Enable JavaScript')
  })

  it('keeps a noscript block of plain text', () => {
    const text = pruned(
      `<body><div id="app">${article}</div><noscript>Enable JavaScript to read comments.</noscript></body>`,
    )
    expect(text).toContain('Enable JavaScript')
  })
})

describe('rawText with a limit', () => {
  it('is the start of the whole text, at least the limit long, whole when shorter', () => {
    const root = parseHtml(
      '<body><div><p>One <b>two</b></p><p>three</p></div><div>four <i>five</i> six</div></body>',
    )
    const whole = rawText(root)
    expect(rawText(root, 1000)).toBe(whole)
    for (let limit = 0; limit <= whole.length; limit++) {
      const got = rawText(root, limit)
      expect(got.length).toBeGreaterThanOrEqual(limit)
      expect(whole.startsWith(got)).toBe(true)
    }
  })
})
