/**
 * An esbuild plugin for the self-contained browser bundle: resolves
 * `@ungap/structured-clone` (a dependency of hast-util-sanitize,
 * hast-util-to-mdast and mdast-util-to-hast) to the platform's own
 * `structuredClone`. The package's default export already calls the native
 * function whenever one exists and no `json` or `lossy` option is given, and
 * none of those callers passes options, so in every browser the bundle
 * targets (ES2022: `structuredClone` ships in all of them) the behaviour is
 * the same; only its fallback serializer (about 1.2 KB gzip) is left out.
 */
import type { Plugin } from 'esbuild'

export const nativeStructuredClone: Plugin = {
  name: 'native-structured-clone',
  setup(build) {
    build.onResolve({ filter: /^@ungap\/structured-clone$/ }, () => ({
      path: 'structured-clone',
      namespace: 'native-structured-clone',
    }))
    build.onLoad({ filter: /.*/, namespace: 'native-structured-clone' }, () => ({
      contents: 'export default (value) => structuredClone(value)',
      loader: 'js',
    }))
  },
}
