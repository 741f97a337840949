/**
 * An article page that carries one hostile vector inside a paragraph the
 * cleaner keeps, so that the vector reaches `html`: shared by the Node test
 * (test/output-xss.test.ts) and the browser test (test/browser/).
 */
const P1 =
  'The harbour bridge reopened on Monday morning after eighteen months of repairs, and the first buses crossed it shortly after six o’clock while a small crowd watched from the quay.'
const P3 =
  'City officials said the work had cost less than expected, and that the old toll booths would be turned into a small museum about the history of the crossing and its builders.'

/** Text of the paragraph that holds the vector: it must be in the output. */
export const MARKER = 'The engineers checked every bolt twice before the opening'

export function xssPage(vector: string): string {
  return `<!doctype html><html><head><title>Harbour bridge reopens</title></head><body>
<article><h1>Harbour bridge reopens after repairs</h1><p>${P1}</p>
<p>${MARKER}, and they said the bridge will last another century. ${vector} The paragraph goes on with a few more words about the bridge and the town.</p>
<p>${P3}</p></article></body></html>`
}
