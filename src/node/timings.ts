/**
 * `CNSCD_TIMINGS=1`: where a run's time goes, on standard error (seconds since the process started, per step).
 * For docs/performance.md and whoever makes the tool faster; off by default, and nothing else changes.
 */
const on = process.env.CNSCD_TIMINGS === '1';
let last = 0;

export function mark(step: string): void {
  if (!on) return;
  const now = performance.now() / 1000;
  process.stderr.write(`[cnscd] ${now.toFixed(3).padStart(7)} s  +${(now - last).toFixed(3)}  ${step}\n`);
  last = now;
}
