/**
 * Classes that hide text from the screen and keep it for screen readers
 * ("Add to compare", prices said twice): the reader never sees them. Prune
 * removes their elements; the metadata readers take no headline from them.
 */
export const SCREEN_READER_ONLY: readonly string[] = [
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screen-reader-only',
  'screenreader-only',
  'element-invisible',
  'a-offscreen',
]
