import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../clean.js'
import { testRule } from '../rule-tester.js'
import type { Rule } from '../types.js'
import { cases } from './boilerplate-context.cases.js'
import { boilerplateContext } from './boilerplate-context.js'

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
})
