import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import { lineScores } from '../text/line-score.js'
import { prepareText } from '../text/prepare.js'
import type { Rule } from '../types.js'
import { cases } from './boilerplate-context.cases.js'
import { boilerplateContext } from './boilerplate-context.js'
import { P1, P2, P3, TITLE } from './case-pages.js'

describe('boilerplate-context', () => {
  it('passes its cases', () => {
    expect(testRule(boilerplateContext, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('is an aggressive rule that runs on both formats', () => {
    const rule: Rule = boilerplateContext
    expect(rule.formats).toBeUndefined()
    expect(rule.aggressive).toBe(true)
  })

  it('keeps the article and drops the chrome after it', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day by the end of the decade.',
      '“We will rebuild,” she said.',
      'Board members voted after a four-hour hearing in which residents, shop owners and union representatives argued over the route, the cost and the years of construction that the project will bring to the neighbourhoods along the river.',
      'Listen to this story',
      'Weather Traffic Sport Lifestyle Entertainment Business Technology Travel Food Opinion',
    ].join('\n')
    const article = cleanArticle(page, { rules: [boilerplateContext] })
    expect(article.blocks).toHaveLength(3)
    expect(article.removed.map((r) => r.text)).toEqual([
      'Listen to this story',
      'Weather Traffic Sport Lifestyle Entertainment Business Technology Travel Food Opinion',
    ])
  })

  it('keeps the linked teasers of located content that is a list of links', () => {
    const teaser = (n: number) =>
      `<div class="story"><h2><a href="/s/${n}">Lake ice survey number ${n} finds thinner winters</a></h2><p><a href="/s/${n}">March ${n}, 2026 • Researchers measured the ice on forty lakes and found the season shorter than in any year on record ${n}</a></p></div>`
    const menu =
      '<ul class="menu"><li><a href="/a">Home</a></li><li><a href="/b">Science</a></li><li><a href="/c">Health</a></li></ul>'
    const stories = Array.from({ length: 6 }, (_, i) => teaser(i + 1)).join('')
    const front = `<html><body><main><h1>Science</h1>${menu}${stories}</main></body></html>`
    const listed = cleanArticle(front, { format: 'html', rules: [boilerplateContext] })
    expect(listed.text).toContain('Researchers measured the ice on forty lakes')
    // The menu list among the teasers is no teaser: it still goes.
    expect(listed.text).not.toContain('Home')
    // The same links beside an article's prose are a link box, and go.
    const prose =
      'The survey team drilled through the ice of forty lakes every week from December to March, and the records they kept show a season that has shortened by nearly three weeks since the first measurements were taken, and the lakes now freeze later and thaw earlier than they did.'
    const article = `<html><body><main><h1>Lakes lose their ice</h1><p>${prose}</p><p>${prose}</p>${teaser(1)}${teaser(2)}</main></body></html>`
    const read = cleanArticle(article, { format: 'html', rules: [boilerplateContext] })
    expect(read.text).toContain('drilled through the ice')
    expect(read.text).not.toContain('Researchers measured the ice')
  })
  it('keeps the linked headings of a list of teasers, not those after an article', () => {
    const card = (n: number) =>
      `<div class="job"><h3><a href="/jobs/${n}">Gameplay engineer for studio ${n}</a></h3><p>Remote, Canada only</p><p>${n} days ago</p></div>`
    const cards = Array.from({ length: 5 }, (_, i) => card(i + 1)).join('')
    const board = `<html><body><main><h1>Remote jobs</h1>${cards}</main></body></html>`
    const listed = cleanArticle(board, { format: 'html', rules: [boilerplateContext] })
    expect(listed.text).toContain('Gameplay engineer for studio 4')
    const prose =
      'The survey team drilled through the ice of forty lakes every week from December to March, and the records they kept show a season that has shortened by nearly three weeks since the first measurements were taken, and the lakes now freeze later and thaw earlier than they did.'
    const article = `<html><body><main><h1>Lakes lose their ice</h1><p>${prose}</p><p>${prose}</p><p>${prose}</p>${cards}</main></body></html>`
    const read = cleanArticle(article, { format: 'html', rules: [boilerplateContext] })
    expect(read.text).toContain('drilled through the ice')
    expect(read.text).not.toContain('Gameplay engineer for studio 4')
  })

  it('drops a short line the line model doubts between the article and a teaser (plain text)', () => {
    const page = [
      TITLE,
      P1,
      P2,
      P3,
      'Most read',
      'The council will meet again next month to decide how the remaining funds are shared between the districts and the…',
      'Weather Traffic Sport Lifestyle Entertainment Business Technology Travel Food Opinion',
      'Podcasts Newsletters Crosswords Puzzles Obituaries Classifieds Archives Events Jobs',
    ].join('\n')
    // The line stands between good text (above) and bad (below), next to a
    // teaser cut short (near-good), and the model gives it under 0.3.
    const prepared = prepareText(page)
    expect(lineScores(prepared.blocks, prepared.titleIndex, prepared.lang)[4]).toBeLessThan(0.3)
    const article = cleanArticle(page, { format: 'text', rules: [boilerplateContext] })
    expect(article.removed.map((r) => r.text)).toContain('Most read')
    expect(article.text).toContain(P3)
  })

  it('keeps a line of names between paragraphs when the line model gives it even odds (plain text)', () => {
    const names = 'Harbour Gate, Mill Street, Riverside Park, Old Foundry, Northfield and Eastbank'
    const page = [TITLE, P1, P2, names, P3].join('\n')
    // Poor in function words and no sentence: the statistics alone call it bad.
    const prepared = prepareText(page)
    const p = lineScores(prepared.blocks, prepared.titleIndex, prepared.lang)[3] ?? 0
    expect(p).toBeGreaterThanOrEqual(0.5)
    expect(p).toBeLessThan(0.6)
    const article = cleanArticle(page, { format: 'text', rules: [boilerplateContext] })
    expect(article.text).toContain(names)
  })
})
