/**
 * jusText's classification (Pomikálek 2011), on our blocks: each block is
 * first judged alone by length, link density and stopword density, then
 * short and near-good blocks are settled by their nearest decided neighbours.
 * Length and link thresholds are jusText's published defaults. Stopword
 * thresholds are lower than jusText's 0.30/0.32 because our lists are short
 * (the ~100 most frequent words): the same prose scores about 0.08 lower.
 */
export const LENGTH_LOW = 70
export const LENGTH_HIGH = 200
export const STOPWORDS_LOW = 0.2
export const STOPWORDS_HIGH = 0.25
export const MAX_LINK_DENSITY = 0.2
/** In HTML, where the locator has chosen the content already, only link lists go. */
export const HTML_LINK_DENSITY = 0.5
