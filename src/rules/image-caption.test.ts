import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import type { Block, RuleContext } from '../types.js'
import { cases } from './image-caption.cases.js'
import { imageCaption, parseCaption } from './image-caption.js'

describe('image-caption', () => {
  it('passes its cases', () => {
    expect(testRule(imageCaption, cases)).toBe(cases.keep.length + cases.drop.length)
  })

  it('splits captions into text and credit', () => {
    expect(
      parseCaption('Protesters gather outside parliament on Tuesday. (AP Photo/Dario Velez)'),
    ).toEqual({
      text: 'Protesters gather outside parliament on Tuesday.',
      credit: 'AP Photo/Dario Velez',
    })
    expect(parseCaption('Der Bürgermeister bei der Eröffnung der neuen Brücke. Foto: dpa')).toEqual(
      {
        text: 'Der Bürgermeister bei der Eröffnung der neuen Brücke.',
        credit: 'dpa',
      },
    )
    expect(parseCaption('Vista aérea del embalse casi vacío tras meses de sequía. (EFE)')).toEqual({
      text: 'Vista aérea del embalse casi vacío tras meses de sequía.',
      credit: 'EFE',
    })
    expect(parseCaption('Photo: Tomás Ferrer/AFP')).toEqual({
      text: '',
      credit: 'Tomás Ferrer/AFP',
    })
    expect(
      parseCaption('Picture this: a city where every roof is covered with a garden.'),
    ).toBeNull()
  })

  it('stores captions with their credit, and a credit line with the caption above it', () => {
    const page = [
      'Regional Rail Line to Reach the Northern Suburbs',
      'The regional transit authority approved a plan on Thursday to extend the northern rail line by fourteen kilometres, adding five stations that planners say will serve roughly forty thousand riders a day.',
      'Firefighters battle a blaze near the coastal highway on Saturday. (Lena Ortiz/Reuters)',
      'Volunteers fill sandbags along the riverbank.',
      'Photo: Tomás Ferrer/AFP',
      'Board members voted after a four-hour hearing in which residents, shop owners and union representatives argued over the route and the cost of the project.',
    ].join('\n')
    const article = cleanArticle(page, { rules: [imageCaption] })
    expect(article.captions).toEqual([
      {
        text: 'Firefighters battle a blaze near the coastal highway on Saturday.',
        credit: 'Lena Ortiz/Reuters',
      },
      { text: 'Volunteers fill sandbags along the riverbank.', credit: 'Tomás Ferrer/AFP' },
    ])
    expect(article.removed.map((r) => r.reason)).toEqual([
      'image caption with credit',
      'image caption above its credit line',
      'photo credit line',
    ])
  })

  it("reads a block's own caption when the page holds another block at its index", () => {
    const line = (text: string): Block => ({
      type: 'paragraph',
      text,
      level: 0,
      words: text.split(' ').length,
      linkDensity: 0,
      stopwordDensity: 0,
      index: 0,
      source: { kind: 'text', start: 0, end: 1 },
    })
    const credit = line('Photo: Jane Roe/AFP')
    const other = line('The harbour reopened on Monday after the storm.')
    const context: RuleContext = {
      blocks: [credit],
      format: 'text',
      lang: 'en',
      titleIndex: -1,
      headlineIndex: -1,
      pageType: 'article',
      title: null,
      relaxed: false,
      options: {},
    }
    expect(imageCaption.test(credit, context)).toMatchObject({ drop: true })
    // The page's parse at index 0 is the credit's, not this block's.
    expect(imageCaption.test(other, context)).toBeUndefined()
  })
})
