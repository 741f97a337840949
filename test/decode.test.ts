import { describe, expect, it } from 'vitest'
import { decode } from '../src/decode.js'
import { cleanArticle } from '../src/index.js'
import { repairMojibake } from '../src/mojibake.js'

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0))

/** Builds bytes from ASCII strings and raw byte values, in order. */
function bytes(...parts: (string | number[])[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)))
}

/** UTF-16 code units of `text`, little- or big-endian, after a BOM. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array((text.length + 1) * 2)
  const units = [0xfeff, ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))]
  units.forEach((unit, i) => {
    const hi = unit >> 8
    const lo = unit & 0xff
    out[i * 2] = littleEndian ? lo : hi
    out[i * 2 + 1] = littleEndian ? hi : lo
  })
  return out
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('decode: strings', () => {
  it('returns a string as is', () => {
    expect(decode('Grüße <b>x</b>')).toEqual({ text: 'Grüße <b>x</b>', encoding: 'string' })
  })

  it('strips a leading U+FEFF from a string', () => {
    expect(decode('\uFEFFhello').text).toBe('hello')
  })
})

describe('decode: byte order marks and UTF-8', () => {
  it('decodes UTF-8 without a BOM', () => {
    expect(decode(utf8('Grüße, 世界 🌍'))).toEqual({ text: 'Grüße, 世界 🌍', encoding: 'utf-8' })
  })

  it('decodes UTF-8 with a BOM and drops the BOM', () => {
    const input = bytes([0xef, 0xbb, 0xbf], [...utf8('café')])
    expect(decode(input)).toEqual({ text: 'café', encoding: 'utf-8' })
  })

  it('decodes UTF-16 LE with a BOM', () => {
    expect(decode(utf16('Ünïcode 日本 🌍', true))).toEqual({
      text: 'Ünïcode 日本 🌍',
      encoding: 'utf-16le',
    })
  })

  it('decodes UTF-16 BE with a BOM', () => {
    expect(decode(utf16('Ünïcode 日本 🌍', false))).toEqual({
      text: 'Ünïcode 日本 🌍',
      encoding: 'utf-16be',
    })
  })

  it('lets the BOM win over a meta declaration', () => {
    const input = bytes([0xef, 0xbb, 0xbf], '<meta charset="shift_jis">', [0xc3, 0xa9])
    expect(decode(input)).toEqual({ text: '<meta charset="shift_jis">é', encoding: 'utf-8' })
  })

  it('spots BOM-less UTF-16 LE from its zero bytes', () => {
    const input = utf16('<html><body>Hello, world</body></html>', true).subarray(2)
    expect(decode(input)).toEqual({
      text: '<html><body>Hello, world</body></html>',
      encoding: 'utf-16le',
    })
  })

  it('accepts an ArrayBuffer', () => {
    const view = utf8('naïve café')
    const buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength)
    expect(buffer).toBeInstanceOf(ArrayBuffer)
    expect(decode(buffer as ArrayBuffer)).toEqual({ text: 'naïve café', encoding: 'utf-8' })
  })

  it('respects the offset of a Uint8Array view', () => {
    const whole = utf8('xxxhé')
    expect(decode(whole.subarray(3)).text).toBe('hé')
  })

  it('decodes empty input to an empty string', () => {
    expect(decode(new Uint8Array(0)).text).toBe('')
    expect(decode(new ArrayBuffer(0)).text).toBe('')
    expect(decode('').text).toBe('')
  })
})

describe('decode: legacy encodings', () => {
  it('maps all of 0x80-0x9F as the WHATWG windows-1252 table does', () => {
    // Node >= 20.18.3 alone would give C1 controls here (nodejs/node#60888).
    const input = bytes('x', [0x80, 0x81, 0x8a, 0x8d, 0x91, 0x92, 0x9f, 0xff])
    expect(decode(input)).toEqual({ text: 'x€\u0081Š\u008d‘’Ÿÿ', encoding: 'windows-1252' })
  })

  it('falls back to windows-1252 for undeclared 8-bit text', () => {
    // "café – “quoted”" in windows-1252.
    const input = bytes('caf', [0xe9], ' ', [0x96], ' ', [0x93], 'quoted', [0x94])
    expect(decode(input)).toEqual({ text: 'café – “quoted”', encoding: 'windows-1252' })
  })

  it('reads iso-8859-1 labels as windows-1252, like browsers', () => {
    const input = bytes('<meta charset="ISO-8859-1"><p>', [0x93], 'hi', [0x94], ' ', [0xe9])
    expect(decode(input)).toEqual({
      text: '<meta charset="ISO-8859-1"><p>“hi” é',
      encoding: 'windows-1252',
    })
  })

  it('uses ISO-8859-2 declared by <meta charset>', () => {
    // "Łódź i ł" in ISO-8859-2: Ł=A3 ó=F3 ź=BC ł=B3.
    const input = bytes(
      '<html><head><meta charset="iso-8859-2"></head><body>',
      [0xa3, 0xf3, 0x64, 0xbc],
      ' i ',
      [0xb3],
    )
    const { text, encoding } = decode(input)
    expect(encoding).toBe('iso-8859-2')
    expect(text).toContain('<body>Łódź i ł')
  })

  it('uses KOI8-R declared by http-equiv', () => {
    const privet = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]
    const input = bytes(
      '<head><meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"></head>',
      privet,
    )
    expect(decode(input)).toEqual({
      text: '<head><meta http-equiv="Content-Type" content="text/html; charset=KOI8-R"></head>Привет',
      encoding: 'koi8-r',
    })
  })

  it('reads http-equiv with content first, single quotes and unquoted values', () => {
    const privet = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]
    const single = bytes(
      "<META CONTENT='text/html;charset=koi8-r' HTTP-EQUIV='content-type'>",
      privet,
    )
    expect(decode(single).encoding).toBe('koi8-r')
    expect(decode(single).text.endsWith('Привет')).toBe(true)
    const unquoted = bytes(
      '<meta http-equiv=Content-Type content=text/html;charset=koi8-r>',
      privet,
    )
    expect(decode(unquoted).encoding).toBe('koi8-r')
  })

  it('ignores a content charset without http-equiv Content-Type', () => {
    const input = bytes('<meta name="x" content="charset=koi8-r">', [0xf0, 0xd2])
    expect(decode(input).encoding).toBe('windows-1252')
  })

  it('uses Shift_JIS declared by meta', () => {
    // "日本" = 93 FA 96 7B
    const input = bytes('<meta charset=Shift_JIS><p>', [0x93, 0xfa, 0x96, 0x7b], '</p>')
    expect(decode(input)).toEqual({
      text: '<meta charset=Shift_JIS><p>日本</p>',
      encoding: 'shift_jis',
    })
  })

  it('uses GBK declared by meta', () => {
    // "中文" = D6 D0 CE C4
    const input = bytes('<meta charset="gbk"><title>', [0xd6, 0xd0, 0xce, 0xc4], '</title>')
    expect(decode(input)).toEqual({
      text: '<meta charset="gbk"><title>中文</title>',
      encoding: 'gbk',
    })
  })

  it('uses an XML declaration when there is no meta', () => {
    const input = bytes('<?xml version="1.0" encoding="ISO-8859-2"?><html>', [0xb3], '</html>')
    expect(decode(input)).toEqual({
      text: '<?xml version="1.0" encoding="ISO-8859-2"?><html>ł</html>',
      encoding: 'iso-8859-2',
    })
  })

  it('skips a meta tag inside a comment', () => {
    const input = bytes('<!-- <meta charset="koi8-r"> --><meta charset="iso-8859-2">', [0xb3])
    expect(decode(input).encoding).toBe('iso-8859-2')
  })

  it('skips an unsupported label and keeps looking', () => {
    const input = bytes('<meta charset="no-such-thing"><meta charset="iso-8859-2">', [0xb3])
    expect(decode(input)).toMatchObject({ encoding: 'iso-8859-2' })
  })

  it('falls back to windows-1252 when the declared label is unsupported', () => {
    const input = bytes('<meta charset="utf-7">caf', [0xe9])
    expect(decode(input)).toEqual({ text: '<meta charset="utf-7">café', encoding: 'windows-1252' })
  })
})

describe('decode: declarations versus the bytes', () => {
  it('decodes valid UTF-8 as UTF-8 even when the page declares windows-1252', () => {
    const input = bytes(
      '<meta http-equiv="content-type" content="text/html; charset=windows-1252">',
      [...utf8('Café – “quoted” 😀')],
    )
    expect(decode(input)).toEqual({
      text: '<meta http-equiv="content-type" content="text/html; charset=windows-1252">Café – “quoted” 😀',
      encoding: 'utf-8',
    })
  })

  it('decodes valid UTF-8 as UTF-8 even when the page declares Shift_JIS', () => {
    const input = bytes('<meta charset="shift_jis">', [...utf8('日本語のページ')])
    expect(decode(input)).toMatchObject({ encoding: 'utf-8' })
    expect(decode(input).text).toContain('日本語のページ')
  })

  it('keeps a declared encoding for pure ASCII bytes', () => {
    const input = bytes('<meta charset="windows-1252"><p>plain</p>')
    expect(decode(input)).toEqual({
      text: '<meta charset="windows-1252"><p>plain</p>',
      encoding: 'windows-1252',
    })
  })

  it('decodes pure-ASCII ISO-2022-JP as declared', () => {
    // ESC $ B "F|K\" ESC ( B is "日本" in ISO-2022-JP: every byte is ASCII.
    const input = bytes('<meta charset="iso-2022-jp">', [0x1b], '$BF|K\\', [0x1b], '(B')
    expect(decode(input)).toEqual({
      text: '<meta charset="iso-2022-jp">日本',
      encoding: 'iso-2022-jp',
    })
  })

  it('reads a meta claim of UTF-16 as UTF-8', () => {
    // Mostly UTF-8 with one stray byte: the claim counts as UTF-8.
    const input = bytes('<meta charset="utf-16"><p>', [...utf8('é'.repeat(8))], [0xff])
    const { text, encoding } = decode(input)
    expect(encoding).toBe('utf-8')
    expect(text).toContain('<p>é')
  })

  it('treats pure-ASCII bytes with a UTF-16 meta as UTF-8', () => {
    expect(decode(bytes('<meta charset="utf-16"><p>hi</p>'))).toEqual({
      text: '<meta charset="utf-16"><p>hi</p>',
      encoding: 'utf-8',
    })
  })

  it('keeps UTF-8 for a UTF-8 page cut off mid-character', () => {
    const whole = utf8(`${'Grüße aus Köln — schön! '.repeat(20)}日`)
    const decoded = decode(whole.subarray(0, whole.length - 1))
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.text.startsWith('Grüße aus Köln — schön!')).toBe(true)
    expect(decoded.text.endsWith('\uFFFD')).toBe(true)
  })
})

describe('decode: robustness', () => {
  it('never throws on random binary garbage', () => {
    let seed = 12345
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed >> 16
    }
    for (let round = 0; round < 50; round++) {
      const garbage = Uint8Array.from({ length: 1 + (random() % 5000) }, () => random() & 0xff)
      const { text, encoding } = decode(garbage)
      expect(typeof text).toBe('string')
      expect(typeof encoding).toBe('string')
    }
  })

  it('never throws on garbage that starts like a meta tag', () => {
    const input = bytes('<meta charset="', [0xff, 0xfe, 0x00, 0x81], '<meta http-equiv=')
    expect(typeof decode(input).text).toBe('string')
  })

  it('decodes a 20 MB buffer', () => {
    const size = 20 * 1024 * 1024
    const unit = utf8('<p>Grüße, 世界 — a paragraph of text.</p>\n')
    const big = new Uint8Array(size)
    for (let at = 0; at < size; at += unit.length) big.set(unit.subarray(0, size - at), at)
    const { text, encoding } = decode(big)
    expect(encoding).toBe('utf-8')
    expect(text.startsWith('<p>Grüße, 世界')).toBe(true)
    expect(text.length).toBeGreaterThan(10_000_000)
  })

  it('decodes a 20 MB buffer of 8-bit bytes', () => {
    const size = 20 * 1024 * 1024
    const big = new Uint8Array(size).fill(0x61)
    for (let at = 0; at < size; at += 97) big[at] = 0xe9
    const { text, encoding } = decode(big)
    expect(encoding).toBe('windows-1252')
    expect(text.length).toBe(size)
    expect(text.charAt(0)).toBe('é')
  })
})

describe('double-encoded UTF-8', () => {
  const mangle = (text: string) =>
    Array.from(new TextEncoder().encode(text), (b) => String.fromCharCode(b)).join('')

  it('repairs text that was UTF-8 read as Latin-1 and encoded again', () => {
    const original = 'itertools — Functions for “efficient” looping… and a café'
    const article = cleanArticle(
      `<html><body><p>${mangle(original)} ${mangle(original)} ${mangle(original)}</p></body></html>`,
      {
        format: 'html',
      },
    )
    expect(article.text).toContain(original)
  })

  it('leaves ordinary Latin-1 letters alone', () => {
    const text = 'Â© 2024 Ã la carte: the menu lists crème brûlée, and Ã©clairs for two.'
    expect(repairMojibake(text)).toBe(text)
  })
})
