// Mutation testing: `npm run mutation`. What it measures and why is in docs/mutation.md.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  // The modules that decide a number or a verdict.
  mutate: [
    'src/interpret/number.ts',
    'src/interpret/value.ts',
    'src/interpret/breakdown.ts',
    'src/interpret/derive.ts',
    'src/interpret/period.ts',
    'src/model/date.ts',
    'src/model/make-finding.ts',
    'src/model/severity.ts',
    'src/model/period.ts',
    'src/check/*.ts',
    'src/aggregate/totals.ts',
    'src/aggregate/units.ts',
    'src/aggregate/levels.ts',
    'src/aggregate/compare.ts',
    'src/aggregate/doubts.ts',
    'src/aggregate/classes.ts',
    'src/read/encoding/*.ts',
    'src/read/xlsx.ts:158-439',
    'src/read/cells.ts:105-130',
  ],
  concurrency: 2,
  // The raw report (every mutant's status, in mutation-testing-report-schema's JSON) is committed, and is also the
  // baseline of the next run: only mutants whose code or covering tests changed are tested again.
  incremental: true,
  incrementalFile: 'docs/mutation/mutation.json',
  reporters: ['clear-text', 'progress-append-only'],
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10000,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
