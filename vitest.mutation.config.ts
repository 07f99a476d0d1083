import { defineConfig } from 'vitest/config';

/**
 * The tests `npm run mutation` runs against each mutant: those that call the stages in this process. The others run
 * the built CLI as a child process, which a mutant in `src/` never reaches (it runs `dist/`, built before), or draw
 * random cases (fast-check), whose verdict on a mutant would change from run to run. All of them stay in `npm test`.
 */
export default defineConfig({
  test: {
    include: [
      'test/interpret/**/*.test.ts',
      'test/check/**/*.test.ts',
      'test/aggregate/**/*.test.ts',
      'test/read/**/*.test.ts',
      'test/render/report-lists.test.ts',
      'test/reliability/fault-injection.test.ts',
      'test/reliability/wrong-digit.test.ts',
      'test/docs.test.ts',
    ],
    exclude: [
      'test/read/lean-xlsx-property.test.ts',
      'test/read/zip-bounds.test.ts',
      'test/aggregate/levels-periods.test.ts',
      'test/aggregate/same-names.test.ts',
      'test/aggregate/notes-up.test.ts',
    ],
    testTimeout: 30_000,
    isolate: false,
    setupFiles: ['test/support/setup.ts'],
  },
});
