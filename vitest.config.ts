import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 60_000,
    // Builds the CLI once for test/cli*.test.ts (see the file).
    globalSetup: ['test/cli/setup.ts'],
  },
})
