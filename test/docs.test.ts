import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY, UNREADABLE } from '../src/model/severity.js';
import { FINDING_CODES } from '../src/model/finding.js';

describe('docs/findings.md', () => {
  it('describes every finding code, with its severity, and no code that does not exist', () => {
    const doc = readFileSync('docs/findings.md', 'utf8');
    const documented = [...doc.matchAll(/^\| `([a-z-]+)` \| ([^|]+) \|/gm)].map((m) => [m[1]!, m[2]!.trim()] as const);
    expect(documented.map(([c]) => c).sort()).toEqual([...FINDING_CODES].sort());
    for (const [code, severity] of documented) {
      if (severity.startsWith('the rule')) continue;
      expect(severity.split(',')[0], code).toBe(DEFAULT_SEVERITY[code as keyof typeof DEFAULT_SEVERITY]);
      // “unreadable”: the file could not be read at all, exit code 2.
      expect(severity.includes('unreadable'), code).toBe(UNREADABLE.has(code as keyof typeof DEFAULT_SEVERITY));
    }
  });
});
