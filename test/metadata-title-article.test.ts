import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const paragraphs =
  '<p>The tram line along the river opened on Monday after three years of work, and the first cars ran full from the early morning until late at night.</p>' +
  '<p>Residents of the northern districts now reach the centre in twenty minutes, half the time the buses took, and the city expects ten thousand riders a day.</p>' +
  '<p>Two more stops will open in the spring, once the bridge over the canal is finished and the last tests of the signals are done by the operator.</p>'

const head =
  '<title>River Tram Line Opens to Riders | Town Courier</title>' +
  '<meta property="og:title" content="River Tram Line Opens to Riders">' +
  '<meta property="og:type" content="article">' +
  '<meta property="og:site_name" content="Town Courier">'

const page = (body: string) =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`

describe('a heading outside the article', () => {
  // The heading shares words with the declared title: no slogan.
  const hero = '<div class="hero"><h1>The River Tram Opens: Faster Trips Across Town</h1></div>'

  it('gives way to the declared title when the <article> holding the text leaves it out', () => {
    const html = page(`${hero}<article>${paragraphs}</article>`)
    expect(cleanArticle(html).title).toBe('River Tram Line Opens to Riders')
  })

  it('is kept inside the <article>', () => {
    const html = page(`<article>${hero}${paragraphs}</article>`)
    expect(cleanArticle(html).title).toBe('The River Tram Opens: Faster Trips Across Town')
  })

  it('is kept when no <article> element marks the text', () => {
    const html = page(`${hero}<div class="content">${paragraphs}</div>`)
    expect(cleanArticle(html).title).toBe('The River Tram Opens: Faster Trips Across Town')
  })
})

describe('typed spaces and dashes in headings', () => {
  const plain = (title: string, h1: string) =>
    `<!doctype html><html lang="en"><head><title>${title}</title></head><body><article><h1>${h1}</h1>${paragraphs}</article></body></html>`

  it('keeps a space typed before a colon inside one text', () => {
    const html = plain('', 'Old Maps : Rivers as They Were')
    expect(cleanArticle(html).title).toBe('Old Maps : Rivers as They Were')
  })

  it('drops a space the markup leaves before punctuation', () => {
    const html = plain('', '<span>Old Maps</span> <span>?</span>')
    expect(cleanArticle(html).title).toBe('Old Maps?')
  })

  it('reads two hyphens as the dash the heading shows', () => {
    const html = plain('Rivers--Maps of the Past | Atlas', 'Rivers—Maps of the Past')
    expect(cleanArticle(html).title).toBe('Rivers--Maps of the Past')
  })
})
