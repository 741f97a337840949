import { describe, expect, it } from 'vitest'
import { cleanArticle } from '../src/index.js'

const prose =
  'The council voted on Tuesday to extend the tram line to the northern suburbs, a project that has been debated for more than a decade.'

const title = (lines: string[], url?: string) =>
  cleanArticle(lines.join('\n'), { format: 'text', ...(url ? { url } : {}) }).title

describe('the headline inside the <title> line of a scraper’s text', () => {
  it('drops a colon label before it when the headline shows alone below', () => {
    expect(
      title([
        'Harbour Notes Blog: Tram line to reach the north',
        'Home',
        'Tram line to reach the north',
        prose,
      ]),
    ).toBe('Tram line to reach the north')
    // Several short labels: "Manual: 18: Chapter".
    expect(
      title(['Widget Manual: 18: Chapter 4. Indexes', 'Contents', 'Chapter 4. Indexes', prose]),
    ).toBe('Chapter 4. Indexes')
  })

  it('keeps the label when the headline is not shown alone, or the piece before the colon is long', () => {
    expect(title(['Harbour Notes Blog: Tram line to reach the north', 'Home', prose])).toBe(
      'Harbour Notes Blog: Tram line to reach the north',
    )
    const long = 'The city approves a long debated plan for trams: Tram line to reach the north'
    expect(title([long, 'Tram line to reach the north', prose])).toBe(long)
  })

  it('drops the site’s name glued after it when it spells the address', () => {
    const lines = [
      'Summit Smokeless Fire Pit Ember Forge',
      'Shop',
      'Summit Smokeless Fire Pit',
      prose,
    ]
    expect(title(lines, 'https://www.emberforge.com/products/summit')).toBe(
      'Summit Smokeless Fire Pit',
    )
    expect(
      title(
        ['Welcome to Example.net [Example.net]', 'Welcome to Example.net', prose],
        'https://example.net/',
      ),
    ).toBe('Welcome to Example.net')
  })

  it('keeps a suffix that does not name the address, or a brand before the name', () => {
    const lines = ['Summit Smokeless Fire Pit on Sale', 'Summit Smokeless Fire Pit', prose]
    expect(title(lines, 'https://www.emberforge.com/p')).toBe('Summit Smokeless Fire Pit on Sale')
    expect(
      title(['Emberforge Summit Fire Pit', 'Summit Fire Pit', prose], 'https://emberforge.com/p'),
    ).toBe('Emberforge Summit Fire Pit')
    // Without an address the glued name stays.
    expect(
      title(['Summit Smokeless Fire Pit Ember Forge', 'Summit Smokeless Fire Pit', prose]),
    ).toBe('Summit Smokeless Fire Pit Ember Forge')
  })
})

describe('site names and labels after the headline', () => {
  it('drops a suffix whose words are all in the address, in any order', () => {
    const lines = [
      'How to reset the router? @ Harbour Community',
      'Forum',
      'How to reset the router?',
      prose,
    ]
    expect(title(lines, 'https://community.harbour.org/topic/12')).toBe('How to reset the router?')
    expect(title(lines, 'https://harbour.org/topic/12')).toBe(
      'How to reset the router? @ Harbour Community',
    )
  })

  it('drops a blog category page’s "Archives"', () => {
    expect(title(['Zero Waste Basics Archives', 'Zero Waste Basics', prose])).toBe(
      'Zero Waste Basics',
    )
    expect(title(['Zero Waste Basics Archives', prose])).toBe('Zero Waste Basics Archives')
  })

  it('takes the headline out of a shop’s "Buy … at Site" frame', () => {
    const lines = ['Buy Studio Monitors at Soundhaus', 'Cart', 'Studio Monitors', prose]
    expect(title(lines, 'https://www.soundhaus.de/gb/monitors.html')).toBe('Studio Monitors')
    expect(
      title(
        ['Shop Harbour Audio at Soundhaus.com with Free Returns', 'Harbour Audio', prose],
        'https://soundhaus.com/brand',
      ),
    ).toBe('Harbour Audio')
    // Another shop's name, or the headline not shown alone: the frame stays.
    expect(title(lines, 'https://www.example.org/monitors')).toBe(
      'Buy Studio Monitors at Soundhaus',
    )
    expect(title(['Buy Studio Monitors at Soundhaus', prose], 'https://soundhaus.de/m')).toBe(
      'Buy Studio Monitors at Soundhaus',
    )
  })

  it('drops a star left alone at the end of the line', () => {
    expect(title(['Tram line to reach the north ⋆', prose])).toBe('Tram line to reach the north')
  })
})

describe('dates that are not the publication’s in plain text', () => {
  it('skips a deadline under the headline, soft hyphens and all', () => {
    const text = [
      'Town Office: Home Repair Grants',
      'Home Repair Grants',
      'Dead\u00adline to apply: March 1st, 2026',
      prose,
    ].join('\n')
    expect(cleanArticle(text, { format: 'text' }).published).toBeNull()
  })
})
