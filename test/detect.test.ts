import { describe, expect, it } from 'vitest'
import { detectFormat } from '../src/detect.js'

const NEWS = `City council approves new budget after long debate

By Jane Smith, Staff Writer
March 3, 2024

The city council voted 7-2 on Tuesday night to approve a $1.2 billion budget
for the coming fiscal year, ending weeks of debate over funding for parks,
roads and public safety.

"This budget reflects our priorities," said council president Maria Lopez.
"We listened to residents and made hard choices."

The plan raises property taxes by 2 percent, the first increase in six years.
Opponents argued the increase would burden seniors on fixed incomes, while
supporters said deferred maintenance had reached a breaking point.

Share this article
Related: Mayor unveils transit plan
`

describe('detectFormat: HTML documents', () => {
  it('detects a full document with a doctype', () => {
    const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Budget</title></head>
<body><article><h1>Budget</h1><p>The council voted.</p></article></body>
</html>`
    expect(detectFormat(html)).toBe('html')
  })

  it('detects a bare doctype, a BOM and leading whitespace', () => {
    expect(detectFormat('\uFEFF\n\n   <!doctype html>\nHello')).toBe('html')
  })

  it('detects a document that opens with <html>, <head> or <body>', () => {
    expect(detectFormat('<html>')).toBe('html')
    expect(detectFormat('<HTML lang="de">Hallo')).toBe('html')
    expect(detectFormat('  <head><title>x</title>')).toBe('html')
    expect(detectFormat('<body class="home">Text')).toBe('html')
  })

  it('does not take <header> for <head>', () => {
    expect(detectFormat('<header> is a section of the page.')).toBe('text')
  })

  it('skips leading comments', () => {
    const html =
      '<!-- saved from url=(0042)https://example.com/ -->\n<!-- build 42 -->\n<html><body>Hi</body></html>'
    expect(detectFormat(html)).toBe('html')
  })

  it('detects an XML declaration followed by an html root', () => {
    const xhtml = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Hi</p></body></html>`
    expect(detectFormat(xhtml)).toBe('html')
    expect(detectFormat('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(
      'html',
    )
  })

  it('does not take an XML declaration with another root for HTML', () => {
    expect(detectFormat('<?xml version="1.0"?>\n<note>Remember the milk</note>')).toBe('text')
  })

  it('detects a fragment with many tags', () => {
    const fragment = `<div class="entry-content">
  <h2>Budget approved</h2>
  <p>The city council voted 7-2 on Tuesday night to approve a budget.</p>
  <p>Read the <a href="/budget.pdf">full plan</a> or <span class="muted">skip it</span>.</p>
  <ul><li>Parks</li><li>Roads</li></ul>
</div>`
    expect(detectFormat(fragment)).toBe('html')
  })

  it('detects a one-line fragment', () => {
    expect(detectFormat('<p>Hello <b>world</b>, and welcome.</p><p>Second.</p>')).toBe('html')
  })

  it('detects hard-wrapped paragraphs of HTML', () => {
    const para = `<p>The plan raises property taxes by 2 percent, the first increase in
six years. Opponents argued the increase would burden seniors on fixed
incomes, while supporters said deferred maintenance had reached a
breaking point and could not wait another year.</p>
`
    expect(detectFormat(para.repeat(6))).toBe('html')
  })

  it('detects uppercase tags', () => {
    const fragment = `<TABLE BORDER=1>
<TR><TD>Name</TD><TD>Votes</TD></TR>
<TR><TD>Lopez</TD><TD>7</TD></TR>
</TABLE>
<P>Results are final.<BR>
<A HREF="results.html">Details</A>`
    expect(detectFormat(fragment)).toBe('html')
  })

  it('detects a head-less page that starts with meta and title', () => {
    expect(
      detectFormat('<meta charset="utf-8"><title>Budget</title>\n<p>The council voted.</p>'),
    ).toBe('html')
  })
})

describe('detectFormat: plain text', () => {
  it('keeps a news article as text', () => {
    expect(detectFormat(NEWS)).toBe('text')
  })

  it('keeps text that mentions <br> once as text', () => {
    expect(detectFormat('Use the <br> tag to break lines in HTML.')).toBe('text')
    expect(detectFormat(`${NEWS}\nTip: use the <br> tag to break lines.\n`)).toBe('text')
  })

  it('keeps a sentence naming a few tags as text', () => {
    expect(detectFormat('Structure a page with <p>, <div> and <br> elements.')).toBe('text')
  })

  it('keeps one line of tags inside a longer text as text', () => {
    const text = `${NEWS}\nTo embed it, paste <div class="embed"><p>Budget</p></div> into your page.\n`
    expect(detectFormat(text)).toBe('text')
  })

  it('keeps math with < and > as text', () => {
    expect(detectFormat('a < b and c > d')).toBe('text')
    expect(detectFormat('If x <= 5 and y >= 3, then x < y + 2 > 1.')).toBe('text')
    expect(
      detectFormat('for (i = 0; i<n; i++) if (a<b && c>d) swap(a, b)\nwhile (p<q and r>s) {}\n'),
    ).toBe('text')
  })

  it('keeps Markdown with a single inline <kbd> as text', () => {
    const markdown = `# Shortcuts

Copy text with <kbd>Ctrl</kbd>+<kbd>C</kbd> and paste it anywhere.

- Works on Linux
- Works on Windows

See the \`<br>\` note in the FAQ.
`
    expect(detectFormat(markdown)).toBe('text')
  })

  it('keeps a Markdown README with an HTML header block as text', () => {
    const readme = `<p align="center">
  <img src="logo.png" width="120"><br>
  <a href="https://example.com">Website</a>
</p>

# clean-article

Turn raw HTML into a clean article.

## Install

\`\`\`html
<div class="article"><p>Hello</p></div>
\`\`\`

- Fast
- Small
- Typed
`
    expect(detectFormat(readme)).toBe('text')
  })

  it('returns text for the empty string and whitespace', () => {
    expect(detectFormat('')).toBe('text')
    expect(detectFormat('   \n\t ')).toBe('text')
  })

  it('returns text for a 2 MB line of "a"', () => {
    expect(detectFormat('a'.repeat(2 * 1024 * 1024))).toBe('text')
  })

  it('returns text for an unterminated leading comment', () => {
    expect(detectFormat(`<!-- ${'x'.repeat(100_000)}`)).toBe('text')
  })

  it('handles long runs of angle brackets without slowing down', () => {
    expect(detectFormat('<p a '.repeat(400_000))).toBe('text')
    expect(detectFormat(`<${'b '.repeat(1_000_000)}`)).toBe('text')
  })

  it('returns text for a scraped tutorial that quotes tags in its code lines', () => {
    const lines = [
      'Building a Sign-up Form | Web Basics',
      'Skip to main content',
      'Forms collect input from the people who visit your site.',
      '<form action="/join" method="post">',
      '<label for="name">Your name</label>',
      '<input id="name" name="name">',
      '<button type="submit">Join</button>',
      '</form>',
      ...Array.from(
        { length: 12 },
        (_, i) => `Step ${i + 1} explains one more attribute of the form in plain words.`,
      ),
    ]
    expect(detectFormat(lines.join('\n'))).toBe('text')
  })

  it('returns text for a page title that starts with a tag name', () => {
    const text = [
      '<table>: The Table element - Web Reference',
      'Skip to main content',
      'The table element represents tabular data.',
      '<table><tr><td>1</td></tr></table>',
      '<caption> gives the table a title.',
      '<thead> groups the header rows.',
      ...Array.from({ length: 10 }, () => 'Tables are for data, not for layout.'),
    ].join('\n')
    expect(detectFormat(text)).toBe('text')
  })

  it('returns html for a fragment that opens with a line of markup', () => {
    expect(
      detectFormat(
        '<p>The council met.</p>\n<p>It voted <b>yes</b>.</p>\n<div>Next meeting in May.</div>',
      ),
    ).toBe('html')
  })
})
