/**
 * The A/B loop the CPU benches share (`ab-cpu.ts`, `bench-hast.ts`): a
 * warm-up on the first 20 pages, then rounds over every page in which the
 * two sides take turns going first (by page and round, so neither always
 * runs on a warm cache), printing each round's CPU totals and ratio
 * (this / baseline) and at the end the median ratio, which it returns.
 */

/** CPU milliseconds (user and system) spent in `run`. */
export function cpuMs(run: () => unknown): number {
  const start = process.cpuUsage()
  run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

export function alternateRounds<P>(
  pages: readonly P[],
  rounds: number,
  ours: (page: P) => number,
  theirs: (page: P) => number,
): number {
  for (const page of pages.slice(0, 20)) {
    ours(page)
    theirs(page)
  }
  const ratios: number[] = []
  for (let round = 0; round < rounds; round++) {
    let a = 0
    let b = 0
    pages.forEach((page, index) => {
      if ((index + round) % 2 === 0) {
        a += ours(page)
        b += theirs(page)
      } else {
        b += theirs(page)
        a += ours(page)
      }
    })
    ratios.push(a / b)
    console.log(
      `round ${round + 1}: this ${a.toFixed(0)} ms, baseline ${b.toFixed(0)} ms, ratio ${(a / b).toFixed(3)}`,
    )
  }
  ratios.sort((x, y) => x - y)
  const median = ratios[Math.floor(ratios.length / 2)] ?? Number.NaN
  console.log(`median ratio ${median.toFixed(3)} over ${pages.length} pages`)
  return median
}
