/**
 * Hostile shapes beyond test/bad-input.test.ts: deep structures that a
 * recursive walker would overflow on. Each must return with the article
 * text; nothing here is timed.
 */
import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const P =
  'The city council voted on Tuesday night to approve a new budget for the coming year, ending weeks of debate over funding for parks, roads and public safety.'
const HEAVY = 120_000

const page = (head: string, body = `<p>${P}</p>`): string =>
  `<html><head>${head}</head><body><article>${body}</article></body></html>`

describe('deep structures', () => {
  it.each([
    ['arrays nested 100,000 deep', `${'['.repeat(100_000)}${']'.repeat(100_000)}`],
    ['@graph objects nested 50,000 deep', `${'{"@graph":'.repeat(50_000)}{}${'}'.repeat(50_000)}`],
    ['unterminated nesting', '{"a":['.repeat(50_000)],
  ])('JSON-LD of %s keeps the article', { timeout: HEAVY }, (_, json) => {
    const article = cleanArticle(page(`<script type="application/ld+json">${json}</script>`))
    expect(article.text).toBe(P)
  })

  it('100,000 nested inline elements in the <title> give a title', { timeout: HEAVY }, () => {
    const article = cleanArticle(page(`<title>${'<b>'.repeat(100_000)}Budget approved</title>`))
    expect(article.text).toBe(P)
  })

  it('100,000 nested <template>s and <table>s keep the article', { timeout: HEAVY }, () => {
    const templates = `${'<template>'.repeat(50_000)}x${'</template>'.repeat(50_000)}`
    const tables = `${'<table><tr><td>'.repeat(30_000)}cell`
    const article = cleanArticle(page('', `<p>${P}</p>${templates}${tables}`))
    expect(article.text).toContain(P)
  })

  it('100,000 nested <svg>/<math> elements keep the article', { timeout: HEAVY }, () => {
    const svg = `<svg>${'<g>'.repeat(100_000)}</svg><math>${'<mrow>'.repeat(50_000)}</math>`
    const article = cleanArticle(page('', `<p>${P}</p>${svg}`))
    expect(article.text).toContain(P)
  })
})

describe('more than the stack can spread', () => {
  it('400,000 elements below the depth cap keep the article', { timeout: HEAVY }, () => {
    const deep = `${'<span>'.repeat(400_000)}x`
    const article = cleanArticle(page('', `<p>${P}</p><div>${deep}</div>`))
    expect(article.text).toContain(P)
  })
})

describe('many comments', () => {
  // Each comment once looked for `--!>` through the rest of the page: quadratic, minutes here.
  it('200,000 comments between two paragraphs keep the article', { timeout: HEAVY }, () => {
    const comments = '<!-- x -->'.repeat(200_000)
    const article = cleanArticle(page('', `<p>${P}</p>${comments}<p>${P}</p>`))
    expect(article.text).toBe(`${P}\n\n${P}`)
  })
})
