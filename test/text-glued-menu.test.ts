import { describe, expect, it } from 'vitest'
import { classify, ruledDrops } from '../src/classify/classify.js'
import { cleanArticle, recommended } from '../src/index.js'
import { P1, P2, P3, TITLE } from '../src/rules/case-pages.js'
import { gluedMenu } from '../src/text/glued-menu.js'
import { prepareText } from '../src/text/prepare.js'

const MENU = 'Garden NewsPlanting GuidesSeed CatalogueTool ReviewsCommunity Forum'

describe('gluedMenu', () => {
  it('reads a menu whose entries lost their spaces', () => {
    expect(gluedMenu(MENU)).toBe(true)
    expect(gluedMenu('Sell Your BoatBuy a BoatMarina DirectoryHarbour Guides')).toBe(true)
    expect(gluedMenu('MastodonBlueskyThreadsNewsletter')).toBe(true)
    expect(gluedMenu('StartseiteÜber unsLeistungenKontakt')).toBe(true)
  })

  it('leaves brand names, which glue once or twice', () => {
    expect(gluedMenu('Compare PayPal and QuickBooks')).toBe(false)
    expect(gluedMenu('YouTube Premium on PlayStation')).toBe(false)
  })

  it('leaves sentences, code and figures with units', () => {
    expect(gluedMenu('We moved from GitHub to GitLab, then to SourceHut and CodeBerg.')).toBe(false)
    expect(gluedMenu('const handler = createRequestHandler(onRequestStart)')).toBe(false)
    expect(gluedMenu('document.getElementById("navToggleButton")')).toBe(false)
    expect(gluedMenu('Energy: 410kcalProtein: 12gFat: 9gFibre: 4g')).toBe(false)
    expect(gluedMenu('用户在AppStore和GooglePlay都能下载这款HealthKit应用。')).toBe(false)
  })
})

describe('glued menus in cleanArticle', () => {
  it('drops a glued menu kept among the text, as navigation', () => {
    const article = cleanArticle([TITLE, P1, MENU, P2, P3].join('\n'), { format: 'text' })
    expect(article.text).toContain(P2)
    expect(article.text).not.toContain('Seed Catalogue')
    expect(article.removed).toContainEqual(
      expect.objectContaining({ rule: 'navigation', reason: 'menu glued into one line' }),
    )
  })

  it('leaves it when the navigation rule is not run', () => {
    const rules = recommended.filter((rule) => rule.id !== 'navigation')
    const article = cleanArticle([TITLE, P1, MENU, P2, P3].join('\n'), { format: 'text', rules })
    expect(article.removed.some((r) => r.reason === 'menu glued into one line')).toBe(false)
  })

  it('leaves HTML blocks alone', () => {
    const html = `<html><body><article><h1>${TITLE}</h1><p>${P1}</p><p>${MENU}</p><p>${P2}</p><p>${P3}</p></article></body></html>`
    const article = cleanArticle(html, { format: 'html' })
    expect(article.removed.some((r) => r.reason === 'menu glued into one line')).toBe(false)
  })
})

describe('ruledDrops', () => {
  it('leaves glued menus out of the drops that judge whether a pass kept too little', () => {
    const page = prepareText([TITLE, P1, MENU, P2, 'Skip to content', P3].join('\n'))
    const classification = classify(page, recommended, {}, false)
    const menu = page.blocks.findIndex((block) => block.text === MENU)
    const skip = page.blocks.findIndex((block) => block.text === 'Skip to content')
    expect(classification.drops.has(menu)).toBe(true)
    expect(ruledDrops(classification).has(menu)).toBe(false)
    expect(ruledDrops(classification).has(skip)).toBe(true)
  })
})
