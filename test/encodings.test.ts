/**
 * Pages as bytes in the encodings the web uses, declared by `<meta charset>`,
 * by `<meta http-equiv="Content-Type">`, or not at all: the article must come
 * back as the text that was encoded. Bytes are made with iconv-lite from
 * known text, so every case is checked against its source. What is detected
 * without a declaration, and what is not, is in docs/encodings.md.
 */
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decode } from '../src/decode.js'
import { cleanArticle } from '../src/index.js'

interface Sample {
  /** The label a page would declare. */
  label: string
  /** TextDecoder's name for it. */
  encoding: string
  title: string
  paragraphs: string[]
}

const SAMPLES: Sample[] = [
  {
    label: 'windows-1252',
    encoding: 'windows-1252',
    title: 'Café owners welcome the “new” rules',
    paragraphs: [
      'The café owners of the old town said on Tuesday that the new rules – which cost each of them about €120 a year – were a fair price for quieter streets and cleaner pavements.',
      'Their association’s chairman, François Müller, said that the members had voted for the plan by a large majority, and that the naïve fears of last spring had faded.',
    ],
  },
  {
    label: 'iso-8859-2',
    encoding: 'iso-8859-2',
    title: 'Łódź otwiera nową bibliotekę miejską',
    paragraphs: [
      'Władze Łodzi otworzyły w piątek nową bibliotekę miejską, w której znajdzie się ponad sto tysięcy książek, czytelnia dla dzieci oraz pracownia komputerowa dla seniorów.',
      'Zażółć gęślą jaźń, napisał na tablicy pierwszy czytelnik, a dyrektorka biblioteki powiedziała, że to dobry znak na początek i że zaprasza wszystkich mieszkańców.',
    ],
  },
  {
    label: 'koi8-r',
    encoding: 'koi8-r',
    title: 'В городе открылась новая библиотека',
    paragraphs: [
      'В пятницу в центре города открылась новая библиотека, в которой собрано более ста тысяч книг, есть читальный зал для детей и компьютерный класс для пожилых людей.',
      'Съешь же ещё этих мягких французских булок да выпей чаю, написал на доске первый читатель, а директор библиотеки сказала, что это хороший знак для начала работы.',
    ],
  },
  {
    label: 'Shift_JIS',
    encoding: 'shift_jis',
    title: '市立図書館が新しく開館しました',
    paragraphs: [
      '市の中心部に新しい図書館が金曜日に開館しました。十万冊以上の本がそろい、子どものための読書室や高齢者のためのパソコン教室もあります。館長は多くの市民に利用してほしいと話しました。',
      '最初の利用者は黒板に感想を書き、館長はこれは良い始まりだと述べました。図書館は毎日午前九時から午後八時まで開いており、月曜日は休館です。入館は無料です。',
    ],
  },
  {
    label: 'EUC-JP',
    encoding: 'euc-jp',
    title: '市立図書館が新しく開館しました',
    paragraphs: [
      '市の中心部に新しい図書館が金曜日に開館しました。十万冊以上の本がそろい、子どものための読書室や高齢者のためのパソコン教室もあります。館長は多くの市民に利用してほしいと話しました。',
      '最初の利用者は黒板に感想を書き、館長はこれは良い始まりだと述べました。図書館は毎日午前九時から午後八時まで開いており、月曜日は休館です。入館は無料です。',
    ],
  },
  {
    label: 'GBK',
    encoding: 'gbk',
    title: '市立图书馆新馆正式开放',
    paragraphs: [
      '星期五，位于市中心的新图书馆正式开放。馆内藏书超过十万册，设有儿童阅览室和为老年人开设的电脑教室。馆长表示，希望更多的市民能够经常来这里读书学习。',
      '第一位读者在黑板上写下了自己的感想，馆长说这是一个很好的开始。图书馆每天上午九点至晚上八点开放，星期一闭馆，所有市民都可以免费入馆。',
    ],
  },
  {
    label: 'GB18030',
    encoding: 'gb18030',
    title: '市立图书馆新馆正式开放',
    paragraphs: [
      '星期五，位于市中心的新图书馆正式开放。馆内藏书超过十万册，设有儿童阅览室和为老年人开设的电脑教室。馆长表示，希望更多的市民能够经常来这里读书学习。',
      '第一位读者在黑板上写下了自己的感想，馆长说这是一个很好的开始。图书馆每天上午九点至晚上八点开放，星期一闭馆，所有市民都可以免费入馆。',
    ],
  },
  {
    label: 'Big5',
    encoding: 'big5',
    title: '市立圖書館新館正式開放',
    paragraphs: [
      '星期五，位於市中心的新圖書館正式開放。館內藏書超過十萬冊，設有兒童閱覽室和為老年人開設的電腦教室。館長表示，希望更多的市民能夠經常來這裡讀書學習。',
      '第一位讀者在黑板上寫下了自己的感想，館長說這是一個很好的開始。圖書館每天上午九點至晚上八點開放，星期一閉館，所有市民都可以免費入館。',
    ],
  },
]

type Declaration = 'meta charset' | 'http-equiv' | 'none'

function page(sample: Sample, declaration: Declaration, label = sample.label): string {
  const meta =
    declaration === 'meta charset'
      ? `<meta charset="${label}">`
      : declaration === 'http-equiv'
        ? `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`
        : ''
  const body = sample.paragraphs.map((p) => `<p>${p}</p>`).join('\n')
  return `<!doctype html><html><head>${meta}<title>${sample.title}</title></head><body><article><h1>${sample.title}</h1>\n${body}\n</article></body></html>`
}

/** The article as the page meant it. */
function expectArticle(bytes: Uint8Array, sample: Sample): void {
  const article = cleanArticle(bytes)
  expect(article.format).toBe('html')
  expect(article.title).toBe(sample.title)
  expect(article.text).toBe(sample.paragraphs.join('\n\n'))
}

const encode = (text: string, encoding: string): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding))

describe.each(SAMPLES)('$label', (sample) => {
  it('round-trips through iconv-lite (the fixture itself is sound)', () => {
    const bytes = encode(page(sample, 'none'), sample.encoding)
    expect(iconv.decode(Buffer.from(bytes), sample.encoding)).toBe(page(sample, 'none'))
    expect(bytes.some((b) => b >= 0x80)).toBe(true)
  })

  it.each(['meta charset', 'http-equiv'] as const)('declared by %s decodes exactly', (how) => {
    const bytes = encode(page(sample, how), sample.encoding)
    expect(decode(bytes)).toEqual({ text: page(sample, how), encoding: sample.encoding })
    expectArticle(bytes, sample)
  })

  it('as UTF-8 under a wrong declaration of it, recovers (UTF-8 validates)', () => {
    const html = page(sample, 'meta charset')
    const bytes = new TextEncoder().encode(html)
    expect(decode(bytes)).toEqual({ text: html, encoding: 'utf-8' })
    expectArticle(bytes, sample)
  })

  it.each(['utf-16le', 'utf-16be'] as const)('as %s with a BOM decodes exactly', (encoding) => {
    const html = page(sample, 'none')
    const bytes = encode(`\ufeff${html}`, encoding)
    expect(decode(bytes)).toEqual({ text: html, encoding })
    expectArticle(bytes, sample)
  })

  it('undeclared as UTF-8 decodes exactly', () => {
    const bytes = new TextEncoder().encode(page(sample, 'none'))
    expect(decode(bytes).encoding).toBe('utf-8')
    expectArticle(bytes, sample)
  })
})

describe('undeclared legacy bytes (best effort)', () => {
  it('windows-1252 is the fallback, so undeclared Western text comes back right', () => {
    const sample = SAMPLES[0] as Sample
    const bytes = encode(page(sample, 'none'), 'windows-1252')
    expect(decode(bytes).encoding).toBe('windows-1252')
    expectArticle(bytes, sample)
  })

  it.each(SAMPLES.slice(1).map((s) => [s.label, s] as const))(
    'undeclared %s is read as windows-1252 (not detected), without throwing',
    (_, sample) => {
      const bytes = encode(page(sample, 'none'), sample.encoding)
      const { text, encoding } = decode(bytes)
      // Documented limitation: no statistical detection of legacy encodings.
      expect(encoding).toBe('windows-1252')
      expect(text).not.toContain(sample.paragraphs[0])
      expect(cleanArticle(bytes).format).toBe('html')
    },
  )

  it('a wrong legacy declaration is believed when the bytes are not UTF-8', () => {
    const sample = SAMPLES[2] as Sample // KOI8-R bytes declared as windows-1251
    const bytes = encode(page(sample, 'meta charset', 'windows-1251'), 'koi8-r')
    expect(decode(bytes).encoding).toBe('windows-1251')
    expect(decode(bytes).text).not.toContain(sample.paragraphs[0])
  })
})

describe('plain text as bytes', () => {
  it.each(['utf-16le', 'utf-16be'] as const)('%s with a BOM is read as text', (encoding) => {
    const sample = SAMPLES[2] as Sample
    const text = [sample.title, ...sample.paragraphs].join('\n\n')
    const article = cleanArticle(encode(`\ufeff${text}`, encoding))
    expect(article.format).toBe('text')
    expect(article.title).toBe(sample.title)
    expect(article.text).toBe(sample.paragraphs.join('\n\n'))
  })

  it('UTF-16 LE without a BOM is spotted from its zero bytes (Latin script)', () => {
    const sample = SAMPLES[0] as Sample
    const text = [sample.title, ...sample.paragraphs].join('\n\n')
    const article = cleanArticle(encode(text, 'utf-16le'))
    expect(article.text).toBe(sample.paragraphs.join('\n\n'))
  })
})
