/**
 * The host of a page's address without its `www.` label, lower-cased:
 * `https://www.Solo-Stove.com/p` → `solo-stove.com`; null without a valid
 * address.
 */
export function bareHost(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\d*\./, '')
  } catch {
    return null
  }
}
