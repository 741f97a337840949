import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'
import { declaredHeadline, fold, homeTitle, leadsWithSite } from '../src/meta/declared.js'

const body =
  '<p>Our counsellors answer within a day, and every plan can be paused or cancelled at any time without a fee or a phone call to our team.</p>' +
  '<p>Sessions run by video, by phone or by message, and the same counsellor stays with you for as long as you want to keep talking with them.</p>'

const page = (head: string, main: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body><main>${main}${body}</main></body></html>`

describe('the part of a declared title that names the page', () => {
  it('takes the first part when no part is known for the site', () => {
    expect(declaredHeadline('Carry On Luggage | Northwind Travel Goods', [])).toBe(
      'Carry On Luggage',
    )
    // A part without a letter (a year) names nothing.
    expect(declaredHeadline('2024 - Pros & Cons of Using a Travel Agent', [])).toBe(
      'Pros & Cons of Using a Travel Agent',
    )
    // A known site part still goes, wherever it stands.
    expect(declaredHeadline('Northwind | Carry On Luggage', ['Northwind'])).toBe('Carry On Luggage')
  })

  it('names a page without a heading by the first part of its title', () => {
    const html = page('<title>Outdoor Gear – Northwind Trading Company USA</title>', '')
    expect(cleanArticle(html).title).toBe('Outdoor Gear')
  })
})

describe('a declared title led by the host name', () => {
  it('names the page by what follows the host', () => {
    const html = page('<title>janedoe.example Building a Bookshelf</title>', '')
    expect(cleanArticle(html, { url: 'https://janedoe.example/2025/shelf.html' }).title).toBe(
      'Building a Bookshelf',
    )
    // On another host the words stay; a separator makes a site part instead.
    expect(cleanArticle(html, { url: 'https://other.example/shelf.html' }).title).toBe(
      'janedoe.example Building a Bookshelf',
    )
  })
})

describe('a home page', () => {
  const head =
    '<title>Calmly - Online Therapy With A Licensed Counsellor</title><meta property="og:site_name" content="Calmly">'
  const slogan = '<h1>You deserve to feel better.</h1>'

  it('keeps the whole title that leads with the site name', () => {
    expect(leadsWithSite('Calmly - Online Therapy', ['Calmly'], 'calmly')).toBe(true)
    // Its address's name is enough when no site name is declared.
    expect(leadsWithSite('Calmly - Online Therapy', [], 'calmly')).toBe(true)
    expect(leadsWithSite('Online Therapy | Calmly', ['Calmly'], 'calmly')).toBe(false)
    expect(leadsWithSite('Calmly - Online Therapy', ['Calmly'], null)).toBe(false)
    // An address that puts a word before the name ("hellocalmly.example").
    expect(leadsWithSite('Calmly — Online Therapy', [], 'hellocalmly')).toBe(true)
    expect(leadsWithSite('Cal — Online Therapy', [], 'hellocal')).toBe(false)
    const html = page(head, slogan)
    expect(cleanArticle(html, { url: 'https://www.calmly.example/' }).title).toBe(
      'Calmly - Online Therapy With A Licensed Counsellor',
    )
  })

  it('keeps the tagline alone when a bar sets the name apart', () => {
    expect(homeTitle('Calmly | Online Therapy', ['Calmly'], 'calmly')).toBe('Online Therapy')
    // Its address's name, or a name with a trade mark sign, is the name too.
    expect(homeTitle('Calmly | Online Therapy', [], 'calmly')).toBe('Online Therapy')
    expect(homeTitle('Calmly™ | Online Therapy', ['Calmly'], null)).toBe('Online Therapy')
    // A dash or a colon reads the name into the rest.
    expect(homeTitle('Calmly - Online Therapy', ['Calmly'], 'calmly')).toBe(
      'Calmly - Online Therapy',
    )
    // A bar after a phrase holding the name is no label.
    expect(homeTitle('Calmly: Therapy Online | Plans & Pricing', ['Calmly'], 'calmly')).toBe(
      'Calmly: Therapy Online | Plans & Pricing',
    )
    const html = page(
      '<title>Calmly | Online Therapy With A Licensed Counsellor</title><meta property="og:site_name" content="Calmly">',
      slogan,
    )
    expect(cleanArticle(html, { url: 'https://www.calmly.example/' }).title).toBe(
      'Online Therapy With A Licensed Counsellor',
    )
  })

  it('drops the site name on any other page of the site', () => {
    const html = page(head, slogan)
    expect(cleanArticle(html, { url: 'https://www.calmly.example/pricing' }).title).toBe(
      'Online Therapy With A Licensed Counsellor',
    )
  })
})

describe('an h1 repeating a part of the declared title', () => {
  it('is the site name only when it repeats the last part', () => {
    const middle = page(
      '<title>Local Search Software | Local Search Tools | Try for Free - Brightplace</title>',
      '<h1>Local Search Tools</h1>',
    )
    expect(cleanArticle(middle).title).toBe('Local Search Tools')
    const last = page(
      '<title>A brief intro to git • Cory Dransfeldt</title>',
      '<h1>Cory Dransfeldt</h1><h2>A brief intro to git</h2>',
    )
    expect(cleanArticle(last).title).toBe('A brief intro to git')
  })
})

describe('heading text', () => {
  it('leaves out soft hyphens and zero-width spaces', () => {
    const html = page(
      '<title>Home Repair Assistance Program | Town of Elmwood</title>',
      '<h1>Home Repair Assis&shy;tance Pro\u200bgram</h1>',
    )
    expect(cleanArticle(html).title).toBe('Home Repair Assistance Program')
  })
})

describe('an h1 of separate pieces', () => {
  it('is named by the piece that is the declared headline', () => {
    const html = page(
      '<title>Harbour Roasters | Northwind App Store</title>',
      '<a href="https://harbour.example/">Harbour Roasters</a>' +
        '<h1><div>Get that tech stack</div> <span>Harbour Roasters</span></h1>',
    )
    expect(cleanArticle(html).title).toBe('Harbour Roasters')
  })

  it('stays whole when its pieces are inline', () => {
    const inline = page(
      '<title>Harbour Roasters | Northwind App Store</title>',
      '<a href="https://harbour.example/">Harbour Roasters</a>' +
        '<h1><span>Get that tech stack</span> <span>Harbour Roasters</span></h1>',
    )
    expect(cleanArticle(inline).title).toBe('Get that tech stack Harbour Roasters')
  })
})

describe('plain text', () => {
  const prose =
    'Our carry-on cases fit the overhead bins of every major airline, and each one comes with a ten-year warranty on its wheels, handle and zips.\n\n' +
    'Every case is tested for a thousand trips before it reaches the shop, and the shell is made from recycled polycarbonate that shrugs off knocks.'

  it('names the page by the first part of its <title> line', () => {
    const text = `Carry On Luggage | Northwind Travel Goods\n\n${prose}`
    expect(cleanArticle(text, { format: 'text' }).title).toBe('Carry On Luggage')
  })

  it('leaves zero-width spaces out of the title line', () => {
    const text = `Keep Your Cases Clean\u200b\n\n${prose}`
    expect(cleanArticle(text, { format: 'text' }).title).toBe('Keep Your Cases Clean')
  })

  it('drops a lone separator at the end of the <title> line', () => {
    const text = `The 16 Best Carry On Cases in 2025 |\n\n${prose}`
    expect(cleanArticle(text, { format: 'text' }).title).toBe('The 16 Best Carry On Cases in 2025')
  })
})

describe('fold, remembered per text', () => {
  it('gives the same folding on a repeat, past the cache size and for long texts', () => {
    const texts = Array.from({ length: 1200 }, (_, i) => `“Title” — ${i}  Part!`)
    const first = texts.map((t) => fold(t))
    expect(first[7]).toBe('title" - 7 part')
    expect(texts.map((t) => fold(t))).toEqual(first)
    const long = `${'Ｗord '.repeat(100)}—`
    expect(fold(long)).toBe(`${'word '.repeat(99)}word`)
  })
})

describe('words printed before the declared headline', () => {
  it('takes the declared headline from a heading that leads with a kicker or a brand', () => {
    const head = '<title>Garden Kneelers | Northwind Garden Supply</title>'
    expect(cleanArticle(page(head, '<h1>New Garden Kneelers</h1>')).title).toBe('Garden Kneelers')
    expect(cleanArticle(page(head, '<h1>Northwind NX2 Garden Kneelers</h1>')).title).toBe(
      'Garden Kneelers',
    )
  })

  it('keeps the heading when the lead makes a sentence, or is an article or a year', () => {
    const head =
      '<title>Garden Kneelers | Northwind Garden Supply</title><meta property="og:type" content="article">'
    expect(cleanArticle(page(head, '<h1>Why You Should Buy Garden Kneelers</h1>')).title).toBe(
      'Why You Should Buy Garden Kneelers',
    )
    const best = '<title>Best Garden Kneelers of 2026 | Northwind Garden Supply</title>'
    expect(cleanArticle(page(best, '<h1>The Best Garden Kneelers of 2026</h1>')).title).toBe(
      'The Best Garden Kneelers of 2026',
    )
    const year = '<title>Garden Kneeler Price Guide | Northwind Garden Supply</title>'
    expect(cleanArticle(page(year, '<h1>2026 Garden Kneeler Price Guide</h1>')).title).toBe(
      '2026 Garden Kneeler Price Guide',
    )
  })
})

describe('a one-word label before a thread title', () => {
  it('leaves the thread title, not the label, when the h1 repeats the rest', () => {
    const head =
      '<meta property="og:title" content="Question - Which glue holds garden kneelers together">' +
      '<title>Question - Which glue holds garden kneelers together | Northwind Forum</title>'
    const h1 =
      '<h1><span class="label">Question</span> Which glue holds garden kneelers together</h1>'
    expect(cleanArticle(page(head, h1)).title).toBe('Which glue holds garden kneelers together')
  })
})
