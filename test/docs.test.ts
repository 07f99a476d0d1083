import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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

describe('docs/submission-format.md', () => {
  const doc = readFileSync('docs/submission-format.md', 'utf8');
  const schema = JSON.parse(readFileSync('templates/schemas/cnscd-2023.json', 'utf8')) as {
    indicators: { code: string; label: string; unit: string }[];
    rules: { id: string; severity: string }[];
    ratios: { id: string; label: string; numerator: string; denominator: string }[];
  };

  it('lists every indicator of cnscd-2023 with its label and unit, in the template’s order', () => {
    const rows = [...doc.matchAll(/^\| `([a-z0-9_]+)` \| ([^|]+) \| ([^|]+) \|$/gm)].map((m) => ({ code: m[1]!, label: m[2]!.trim(), unit: m[3]!.trim() }));
    expect(rows).toEqual(schema.indicators.map(({ code, label, unit }) => ({ code, label, unit })));
  });

  it('lists every rule with its severity, and every ratio', () => {
    const rules = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| `[^|]+ \| (error|warning) \|$/gm)].map((m) => ({ id: m[1]!, severity: m[2]! }));
    expect(rules).toEqual(schema.rules.map(({ id, severity }) => ({ id, severity })));
    const ratios = [...doc.matchAll(/^\| `([a-z0-9-]+)` \| ([^|`]+) \| `([a-z0-9_]+)` \/ `([a-z0-9_]+)` \|$/gm)].map((m) => ({
      id: m[1]!,
      label: m[2]!.trim(),
      numerator: m[3]!,
      denominator: m[4]!,
    }));
    expect(ratios).toEqual(schema.ratios.map(({ id, label, numerator, denominator }) => ({ id, label, numerator, denominator })));
  });
});

describe('the repository stands on its own', () => {
  it('points nowhere outside it: no README, doc, source, test or fixture names the sibling references folder', () => {
    const sibling = ['..', 'shared'].join('/');
    const outside: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        if (name === 'node_modules' || name === 'dist' || name.startsWith('.') || name === 'mutation') continue;
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(md|ts|mts|mjs|js|json|py|yml|sh)$/.test(name) && readFileSync(path, 'utf8').includes(sibling)) outside.push(path);
      }
    };
    for (const top of ['README.md', 'docs', 'src', 'test', 'fixtures', 'templates', '.ci']) {
      if (!existsSync(top)) continue;
      if (statSync(top).isDirectory()) walk(top);
      else if (readFileSync(top, 'utf8').includes(sibling)) outside.push(top);
    }
    expect(outside).toEqual([]);
  });
});
