/**
 * What the `html` output may contain: an allow-list for hast-util-sanitize.
 * Everything not named here goes: unknown elements are unwrapped (their
 * text stays), the elements in `strip` go with their content, and every
 * attribute not listed (event handlers, `style`, `srcdoc`, `id`, `class`,
 * form attributes) is dropped. URL attributes keep relative URLs and the
 * protocols listed; `srcset`, `poster` and lazy-image sources are checked
 * again, after resolution, by `./urls.ts`.
 */
import type { Schema } from 'hast-util-sanitize'

const WEB = ['http', 'https']

/** Elements removed with everything inside them. */
export const STRIPPED = [
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'svg',
  'math',
  'title',
  'base',
  'meta',
  'link',
  'head',
  'canvas',
  'dialog',
  'portal',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
]

/** Attributes allowed on every element. */
const COMMON = ['title', 'lang', 'dir']

export const SCHEMA: Schema = {
  allowComments: false,
  allowDoctypes: false,
  clobber: [],
  strip: STRIPPED,
  tagNames: [
    ...['p', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'code'],
    ...['ul', 'ol', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'img', 'picture', 'source'],
    ...['video', 'audio', 'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr'],
    ...['th', 'td', 'a', 'em', 'i', 'strong', 'b', 'u', 's', 'del', 'ins', 'mark', 'small'],
    ...['sub', 'sup', 'abbr', 'cite', 'q', 'dfn', 'kbd', 'samp', 'var', 'time', 'span', 'ruby'],
    ...['rt', 'rp', 'details', 'summary', 'address', 'bdi', 'bdo', 'wbr'],
  ],
  ancestors: {
    caption: ['table'],
    col: ['table'],
    colgroup: ['table'],
    tbody: ['table'],
    td: ['table'],
    tfoot: ['table'],
    th: ['table'],
    thead: ['table'],
    tr: ['table'],
    source: ['picture', 'video', 'audio'],
  },
  attributes: {
    a: ['href', 'hrefLang'],
    img: ['src', 'srcSet', 'sizes', 'alt', 'width', 'height', 'dataSrc', 'dataSrcset'],
    source: ['src', 'srcSet', 'sizes', 'type', 'media', 'width', 'height'],
    video: ['src', 'poster', 'width', 'height', ['controls', true]],
    audio: ['src', ['controls', true]],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    ol: ['start', 'reversed', 'type'],
    li: ['value'],
    td: ['colSpan', 'rowSpan', 'headers', 'align'],
    th: ['colSpan', 'rowSpan', 'headers', 'scope', 'abbr', 'align'],
    col: ['span'],
    colgroup: ['span'],
    code: [['className', /^language-[\w+-]+$/]],
    details: [['open', true]],
    abbr: ['title'],
    '*': COMMON,
  },
  protocols: {
    href: [...WEB, 'mailto', 'tel'],
    src: WEB,
    srcSet: WEB,
    poster: WEB,
    cite: WEB,
    dataSrc: WEB,
    dataSrcset: WEB,
  },
  required: {},
}
