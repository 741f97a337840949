/**
 * Byte → text decoding for raw pages.
 *
 * Pages arrive as bytes whose declared encoding is often wrong: many sites
 * serve UTF-8 while a template still says `iso-8859-1`. So the order of
 * evidence is: a byte order mark, then whether the bytes are valid UTF-8
 * (which is almost never true of legacy-encoded text by accident), then the
 * page's own declaration, then mostly-valid UTF-8, then windows-1252, the
 * web's de facto default.
 *
 * Only `TextDecoder` is used, so this runs in browsers as well as Node.
 */

/** How many leading bytes are searched for an encoding declaration. */
const PRESCAN_BYTES = 4096

/** How many leading bytes are sampled to spot BOM-less UTF-16. */
const UTF16_SNIFF_BYTES = 1024

/** Bytes 0x80-0x9F of windows-1252 (WHATWG table), for runtimes whose TextDecoder lacks it or gets it wrong. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
]

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/**
 * The string without lone surrogates: they are no text (a string cut in the
 * middle of a pair), break JSON and `TextEncoder` round trips, and would
 * split a word in two if replaced by U+FFFD. Byte input never has them:
 * `TextDecoder` replaces bad sequences by U+FFFD.
 */
function withoutLoneSurrogates(text: string): string {
  // `isWellFormed` (ES2024) answers the common case in native code.
  const wellFormed = (text as { isWellFormed?: () => boolean }).isWellFormed
  if (typeof wellFormed === 'function') {
    return wellFormed.call(text) ? text : text.replace(LONE_SURROGATE, '')
  }
  LONE_SURROGATE.lastIndex = 0
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, '') : text
}

interface Decoded {
  text: string
  encoding: string
}

/**
 * Turns a page's bytes into text and names the encoding that was used.
 *
 * Strings are already text and pass through (minus a leading BOM and lone
 * surrogates). For bytes
 * the order is: BOM; valid UTF-8 (it beats a meta tag that says otherwise,
 * because a valid UTF-8 byte stream is strong evidence and wrong declarations
 * are common) — except pure ASCII, where a declared legacy encoding is kept as
 * it changes nothing (or, for ISO-2022-JP, is the only right reading); the
 * `<meta>`/XML declaration in the first 4 KB; mostly-valid UTF-8 (a truncated
 * download or a stray bad byte should not turn every accent into mojibake);
 * windows-1252. Never throws, and is linear in the input size: only the
 * prescan window is searched with regular expressions.
 */
export function decode(input: string | Uint8Array | ArrayBuffer): Decoded {
  if (typeof input === 'string') {
    const text = withoutLoneSurrogates(input)
    return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'string' }
  }
  let bytes: Uint8Array
  if (input instanceof Uint8Array) {
    bytes = input
  } else if (input instanceof ArrayBuffer) {
    bytes = new Uint8Array(input)
  } else if (ArrayBuffer.isView(input)) {
    const view = input as ArrayBufferView
    bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength)
  } else {
    // Not what the types allow, but callers from plain JS may pass anything.
    return { text: input == null ? '' : withoutLoneSurrogates(String(input)), encoding: 'string' }
  }
  // Browsers refuse to decode views of shared memory; copy them first.
  if (typeof SharedArrayBuffer !== 'undefined' && bytes.buffer instanceof SharedArrayBuffer) {
    bytes = bytes.slice()
  }
  try {
    return decodeBytes(bytes)
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}

function decodeBytes(bytes: Uint8Array): Decoded {
  const b0 = bytes[0]
  const b1 = bytes[1]
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes)
  if (b0 === 0xff && b1 === 0xfe) return decodeWith('utf-16le', bytes)
  if (b0 === 0xfe && b1 === 0xff) return decodeWith('utf-16be', bytes)

  const utf16 = sniffUtf16(bytes)
  if (utf16 !== null) return decodeWith(utf16, bytes)

  if (isAscii(bytes)) {
    // Every ASCII-compatible encoding reads these bytes the same way, so a
    // declaration costs nothing to honour, and ISO-2022-JP needs it.
    const declared = prescan(bytes)
    return decodeWith(declared ?? 'utf-8', bytes)
  }

  const utf8 = decodeStrictUtf8(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }

  const declared = prescan(bytes)
  if (declared !== null && declared !== 'utf-8') return decodeWith(declared, bytes)
  if (isMostlyUtf8(bytes)) return decodeWith('utf-8', bytes)
  return decodeWith('windows-1252', bytes)
}

/** Decodes leniently (bad sequences become U+FFFD) with a supported encoding. */
function decodeWith(encoding: string, bytes: Uint8Array): Decoded {
  try {
    const decoder = new TextDecoder(encoding)
    // Node >= 20.18.3 decodes windows-1252 as ISO-8859-1 (nodejs/node#60888),
    // turning smart quotes and the euro sign into C1 controls.
    if (decoder.encoding === 'windows-1252' && !decoderMapsC1()) {
      return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
    }
    return { text: decoder.decode(bytes), encoding: decoder.encoding }
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
  }
}

let c1Correct: boolean | undefined

/** Whether this runtime's windows-1252 decoder maps 0x80 to the euro sign (checked once). */
function decoderMapsC1(): boolean {
  c1Correct ??= new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) === '\u20ac'
  return c1Correct
}

function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

/** windows-1252 by table, for runtimes whose TextDecoder lacks it or gets it wrong. */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = []
  const codes = new Array<number>(8192)
  for (let start = 0; start < bytes.length; start += codes.length) {
    const end = Math.min(bytes.length, start + codes.length)
    codes.length = end - start
    for (let i = start; i < end; i++) {
      const b = bytes[i] ?? 0
      codes[i - start] = b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b
    }
    chunks.push(String.fromCharCode(...codes))
  }
  return chunks.join('')
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] ?? 0) >= 0x80) return false
  }
  return true
}

/**
 * Spots UTF-16 without a BOM from its zero bytes: Latin-script text in
 * UTF-16 has a zero in every other byte, which no real UTF-8 or legacy text
 * has. (CJK-only UTF-16 without a BOM cannot be told apart this cheaply.)
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, UTF16_SNIFF_BYTES) >> 1
  if (pairs < 2) return null
  let zeroEven = 0
  let zeroOdd = 0
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) zeroEven++
    if (bytes[i + 1] === 0) zeroOdd++
  }
  if (zeroOdd >= pairs * 0.7 && zeroEven <= pairs * 0.1) return 'utf-16le'
  if (zeroEven >= pairs * 0.7 && zeroOdd <= pairs * 0.1) return 'utf-16be'
  return null
}

/**
 * True when invalid UTF-8 is rare next to valid multi-byte sequences, as in a
 * UTF-8 page cut mid-character or with a few stray bytes. Legacy 8-bit text
 * almost never forms valid multi-byte sequences, so it stays false there.
 */
function isMostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0
  let bad = 0
  const n = bytes.length
  let i = 0
  while (i < n) {
    const lead = bytes[i] ?? 0
    if (lead < 0x80) {
      i++
      continue
    }
    let need: number
    if (lead >= 0xc2 && lead <= 0xdf) need = 1
    else if (lead >= 0xe0 && lead <= 0xef) need = 2
    else if (lead >= 0xf0 && lead <= 0xf4) need = 3
    else {
      bad++
      i++
      continue
    }
    let lo = 0x80
    let hi = 0xbf
    if (lead === 0xe0) lo = 0xa0
    else if (lead === 0xed) hi = 0x9f
    else if (lead === 0xf0) lo = 0x90
    else if (lead === 0xf4) hi = 0x8f
    let k = 1
    while (k <= need && i + k < n) {
      const c = bytes[i + k] ?? 0
      if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) break
      k++
    }
    if (k > need) good++
    else bad++
    i += k
  }
  return good > 0 && good >= bad * 4
}

/**
 * Looks for an encoding declaration in the first bytes, like the HTML
 * spec's prescan: `<meta charset>`, `<meta http-equiv="Content-Type"
 * content="…; charset=…">` (comments skipped), then an XML declaration.
 * Returns a TextDecoder encoding name, or null when none is usable.
 */
function prescan(bytes: Uint8Array): string | null {
  const end = Math.min(bytes.length, PRESCAN_BYTES)
  let window = ''
  for (let i = 0; i < end; i++) window += String.fromCharCode(bytes[i] ?? 0)
  // Only ASCII matters below; lower-casing Latin-1 keeps every index in place.
  window = window.toLowerCase()

  let pos = 0
  while (pos < window.length) {
    const lt = window.indexOf('<', pos)
    if (lt < 0) break
    if (window.startsWith('<!--', lt)) {
      const close = window.indexOf('-->', lt + 4)
      if (close < 0) break
      pos = close + 3
      continue
    }
    if (window.startsWith('<meta', lt) && /[\s/]/.test(window.charAt(lt + 5))) {
      const gt = window.indexOf('>', lt)
      const tagEnd = gt < 0 ? window.length : gt
      const found = metaEncoding(window.slice(lt + 5, tagEnd))
      if (found !== null) return found
      pos = tagEnd
      continue
    }
    pos = lt + 1
  }

  const xml = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']?([^"'\s?>]+)/.exec(window)
  return xml?.[1] === undefined ? null : resolveLabel(xml[1])
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*)))?/g
const CONTENT_CHARSET = /charset\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s;"']+))/

/** The encoding a `<meta>` tag's attributes declare, if any. */
function metaEncoding(attributes: string): string | null {
  const seen = new Map<string, string>()
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const name = match[1]
    if (name === undefined || seen.has(name)) continue
    seen.set(name, match[2] ?? match[3] ?? match[4] ?? '')
  }
  const charset = seen.get('charset')
  if (charset !== undefined) {
    const found = resolveLabel(charset)
    if (found !== null) return found
  }
  const content = seen.get('content')
  if (content === undefined || seen.get('http-equiv')?.trim() !== 'content-type') return null
  const match = CONTENT_CHARSET.exec(content)
  const label = match?.[1] ?? match?.[2] ?? match?.[3]
  return label === undefined ? null : resolveLabel(label)
}

/**
 * Maps a label to TextDecoder's encoding name (so `latin1`, `ascii` and
 * `iso-8859-1` become windows-1252, as browsers do), or null if unsupported.
 * A `<meta>` cannot truly declare UTF-16 (the bytes that spell it out would
 * not be UTF-16), so the HTML spec reads such a claim as UTF-8; the same
 * holds for an XML declaration read from ASCII-compatible bytes.
 */
function resolveLabel(label: string): string | null {
  let encoding: string
  try {
    encoding = new TextDecoder(label).encoding
  } catch {
    return null
  }
  if (encoding.startsWith('utf-16')) return 'utf-8'
  if (encoding === 'x-user-defined') return 'windows-1252'
  return encoding
}
