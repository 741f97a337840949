/**
 * Dates as pages write them → ISO 8601. Machine values (`2025-09-04T12:50:36+00:00`,
 * `Thu, 25 Sep 2025 11:38:00 GMT`, `2024-05-09 00:00:00 +0000`) keep their time and
 * offset; dates read from visible text are date-only (`2025-09-04`). The calendar
 * date is the page's own: an offset is kept, never converted to UTC.
 */

/** Month names and abbreviations (en, de, fr, es, it, pt, nl), lower-case, → 1–12. */
const MONTHS: ReadonlyMap<string, number> = (() => {
  const lists: readonly (readonly string[])[] = [
    ['january', 'jan'],
    [
      'february',
      'feb',
      'februar',
      'février',
      'fevrier',
      'febrero',
      'febbraio',
      'fevereiro',
      'februari',
      'févr',
      'fév',
    ],
    ['march', 'mar', 'märz', 'maerz', 'mars', 'marzo', 'março', 'marco', 'maart', 'mär', 'mrz'],
    ['april', 'apr', 'avril', 'abril', 'aprile', 'avr', 'abr'],
    ['may', 'mai', 'mayo', 'maggio', 'maio', 'mei', 'mag'],
    ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'junho', 'giu'],
    ['july', 'jul', 'juli', 'juillet', 'julio', 'luglio', 'julho', 'juil', 'lug'],
    ['august', 'aug', 'août', 'aout', 'agosto', 'augustus', 'ago'],
    ['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'setembro', 'set'],
    ['october', 'oct', 'oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'okt', 'ott', 'out'],
    ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
    [
      'december',
      'dec',
      'dezember',
      'décembre',
      'decembre',
      'diciembre',
      'dicembre',
      'dezembro',
      'dez',
      'déc',
      'dic',
    ],
  ]
  const map = new Map<string, number>()
  lists.forEach((names, i) => {
    for (const name of names) map.set(name, i + 1)
  })
  // January in the languages whose word differs from the English one.
  for (const name of [
    'januar',
    'janvier',
    'enero',
    'gennaio',
    'janeiro',
    'januari',
    'janv',
    'ene',
    'gen',
  ])
    map.set(name, 1)
  return map
})()

const MONTH_WORD = `(${[...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`
const ORDINAL = '(?:st|nd|rd|th|er|º|°)?'
const WEEKDAY =
  '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|(?:mon|diens|mittwoch|donners|frei|sams|sonn)[a-z]*|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\\.?,?\\s+'

/** A date found in a text: ISO form, where it starts and how long the match is. */
export interface FoundDate {
  readonly iso: string
  readonly index: number
  readonly length: number
}

export interface DateOptions {
  /** Read `03/04/2025` as 3 April (most of the world) rather than March 4 (US). */
  readonly dayFirst?: boolean
}

const pad = (n: number) => String(n).padStart(2, '0')

function isoDate(y: number, m: number, d: number): string | null {
  if (y < 1970 || y > 2100 || m < 1 || m > 12 || d < 1) return null
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ]
  if (d > (days[m - 1] ?? 31)) return null
  return `${y}-${pad(m)}-${pad(d)}`
}

function year(text: string): number {
  const y = Number(text)
  return text.length === 2 ? (y < 70 ? 2000 + y : 1900 + y) : y
}

interface Pattern {
  readonly re: RegExp
  readonly read: (m: RegExpExecArray, options: DateOptions) => string | null
}

const month = (word: string | undefined) =>
  MONTHS.get((word ?? '').toLowerCase().replace(/\.$/, '')) ?? 0

/** Numeric day and month in either order: the impossible reading loses, else `dayFirst` decides. */
function dayMonth(a: number, b: number, y: number, options: DateOptions): string | null {
  if (a > 12) return isoDate(y, b, a)
  if (b > 12) return isoDate(y, a, b)
  return options.dayFirst ? isoDate(y, b, a) : isoDate(y, a, b)
}

const PATTERNS: readonly Pattern[] = [
  // 2025-09-04, 2025/09/04, 2025.09.04, 2025. 12. 19.
  {
    re: /(?<![\d.])((?:19|20)\d\d)(?:-|\/|\.\s?)(\d{1,2})(?:-|\/|\.\s?)(\d{1,2})(?![\d])/g,
    read: (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // 2025年12月19日
  {
    re: /((?:19|20)\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g,
    read: (m) => isoDate(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  // 19 December 2025, 19. Dezember 2025, 19 de diciembre de 2025, 25.Jun.2019, 4-Aug-2021
  {
    re: new RegExp(
      `(?<![\\d])(\\d{1,2})${ORDINAL}\\.?[\\s.-]*(?:de\\s+)?${MONTH_WORD}[\\s.,-]*(?:de\\s+)?((?:19|20)\\d\\d)(?![\\d])`,
      'giu',
    ),
    read: (m) => isoDate(Number(m[3]), month(m[2]), Number(m[1])),
  },
  // December 19, 2025; Dec 19th 2025; Dec. 19 2025; Sep-04-2025
  {
    re: new RegExp(
      `(?<![\\p{L}])${MONTH_WORD}[\\s-]*(\\d{1,2})${ORDINAL}(?:,\\s*|\\s+|-)((?:19|20)\\d\\d)(?![\\d])`,
      'giu',
    ),
    read: (m) => isoDate(Number(m[3]), month(m[1]), Number(m[2])),
  },
  // 2023 Jan 7, 2023 January 07 (citation and catalogue dates)
  {
    re: new RegExp(`(?<![\\d])((?:19|20)\\d\\d)\\s+${MONTH_WORD}\\s+(\\d{1,2})(?![\\d])`, 'giu'),
    read: (m) => isoDate(Number(m[1]), month(m[2]), Number(m[3])),
  },
  // 13/11/2025, 09/25/2025, 12.12.2025, 02-12-2025
  {
    re: /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d])/g,
    read: (m, options) => {
      const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])]
      // Dotted dates are day-first everywhere they are written.
      return dayMonth(a, b, y, m[2] === '.' ? { dayFirst: true } : options)
    },
  },
]

/** Every date written in a text, in order of position. */
export function findDates(text: string, options: DateOptions = {}): FoundDate[] {
  const found: FoundDate[] = []
  const sample = text.length > 2000 ? text.slice(0, 2000) : text
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0
    for (let m = re.exec(sample); m !== null; m = re.exec(sample)) {
      const iso = read(m, options)
      if (iso && !found.some((f) => m && f.index <= m.index && m.index < f.index + f.length))
        found.push({ iso, index: m.index, length: m[0].length })
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

const MACHINE =
  /^\s*((?:19|20)\d\d)-(\d\d)-(\d\d)(?:[T\s]+(\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d\d:?\d\d)?)?/i
const RFC = new RegExp(
  `^\\s*${WEEKDAY}?(\\d{1,2})\\s+${MONTH_WORD}\\s+(\\d{4})\\s+(\\d\\d):(\\d\\d)(?::(\\d\\d))?\\s*(Z|UTC|GMT|[+-]\\d{4})?`,
  'iu',
)

function offset(zone: string | undefined): string {
  if (!zone) return ''
  if (/^(?:z|utc|gmt)$/i.test(zone)) return 'Z'
  const digits = zone.replace(':', '')
  return `${digits.slice(0, 3)}:${digits.slice(3)}`
}

function withTime(date: string, h?: string, min?: string, s?: string, zone?: string): string {
  if (h === undefined || min === undefined) return date
  if (Number(h) > 23 || Number(min) > 59) return date
  return `${date}T${h}:${min}:${s ?? '00'}${offset(zone)}`
}

/**
 * A date value from markup (a meta tag, JSON-LD, `datetime`) or a short text
 * → ISO 8601, or null. Unix timestamps (10 or 13 digits) are read as UTC.
 */
export function parseDate(value: string, options: DateOptions = {}): string | null {
  const text = value.trim()
  if (text === '') return null
  const machine = MACHINE.exec(text)
  if (machine) {
    const date = isoDate(Number(machine[1]), Number(machine[2]), Number(machine[3]))
    if (date) return withTime(date, machine[4], machine[5], machine[6], machine[7])
  }
  const rfc = RFC.exec(text)
  if (rfc) {
    const date = isoDate(Number(rfc[3]), month(rfc[2]), Number(rfc[1]))
    if (date) return withTime(date, rfc[4], rfc[5], rfc[6], rfc[7])
  }
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const ms = Number(text) * (text.length === 10 ? 1000 : 1)
    const iso = new Date(ms).toISOString()
    return iso.startsWith('19') && Number(iso.slice(0, 4)) < 1990 ? null : iso.replace('.000Z', 'Z')
  }
  const first = findDates(text, options)[0]
  if (first) return first.iso
  // Two-digit years only in a whole short value such as "01/07/16".
  const short = /^(\d{1,2})([/.])(\d{1,2})\2(\d\d)$/.exec(text)
  if (short) {
    const [a, b, y] = [Number(short[1]), Number(short[3]), year(short[4] ?? '')]
    return dayMonth(a, b, y, short[2] === '.' ? { dayFirst: true } : options)
  }
  return null
}

/** The calendar day of an ISO value (`2025-09-04`). */
export function dayOf(iso: string): string {
  return iso.slice(0, 10)
}

/** Whether `lang` writes numeric dates day first (everything but US English and a few). */
export function dayFirstFor(lang: string | null): boolean {
  if (!lang) return false
  const tag = lang.toLowerCase()
  if (tag === 'en' || tag.startsWith('en-us') || tag === 'en_us') return false
  if (/^(?:en-(?:ph|ca)|fil|tl)/.test(tag)) return false
  return true
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?'
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s+\\d{4}\\b`, 'gi')
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, 'gi')

/**
 * Whether a page writes numeric dates day first: by its language, or, in
 * English without a region, by its own dates with month names ("3 October
 * 2023" at least twice and twice as often as "October 3, 2023").
 */
export function pageDayFirst(
  lang: string | null,
  lines: readonly { readonly text: string }[],
): boolean {
  if (dayFirstFor(lang)) return true
  if (lang !== null && lang.toLowerCase() !== 'en') return false
  let dayMonth = 0
  let monthDay = 0
  for (const { text } of lines) {
    if (text.length > 200) continue
    dayMonth += text.match(DAY_MONTH)?.length ?? 0
    monthDay += text.match(MONTH_DAY)?.length ?? 0
  }
  return dayMonth >= 2 && dayMonth > 2 * monthDay
}
