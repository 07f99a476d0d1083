import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error the benchmark's corpus writer is plain JavaScript
import { writeCorpus } from '../bench/corpus.mjs';
import { composeReport } from '../../src/render/report/compose.js';
import { loadReportConfig } from '../../src/node/load-settings.js';
import { loadWording } from '../../src/node/load-settings.js';
import { DOUBT_CODES } from '../../src/model/finding.js';
import { aggregate } from '../support/aggregate.js';
import { tempDir } from '../support/files.js';

describe('the report names at most kiemTra.toiDaTrongBaoCao units in a sentence and counts the rest', () => {
  it('a roll-up of 200 communes with many doubtful figures: one sentence, 7 names, then “và N đơn vị khác”; no file, cell or statistic', async () => {
    const dir = join(tempDir('cnscd-lists-'), 'xa');
    writeCorpus(dir, 200, 0.5);
    writeFileSync(join(dir, 'cnscd.config.json'), JSON.stringify({ kiemTra: { toiDaTrongBaoCao: 7 } }));
    const a = await aggregate(dir);
    const doubts = a.findings.filter((f) => DOUBT_CODES.has(f.code));
    const units = [...new Set(doubts.map((f) => f.unit))];
    expect(units.length).toBeGreaterThan(7);
    const { config } = await loadReportConfig(undefined, dir, {}, 'vi');
    expect(config.kiemTra.toiDaTrongBaoCao).toBe(7);
    const content = composeReport(a, config, await loadWording(undefined, 'vi'));
    const texts = content.body.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text);
    const sentence = texts.find((t) => t.startsWith(`Số liệu của ${units.length.toLocaleString('vi-VN')} đơn vị chênh lệch nhiều`))!;
    expect(sentence).toContain(`: ${units.slice(0, 7).join(', ')} và ${(units.length - 7).toLocaleString('vi-VN')} đơn vị khác.`);
    // The official report speaks in its readers' words: no file name, cell, median or "lần".
    for (const t of texts) expect(t, t).not.toMatch(/\.csv|\.xlsx|Số liệu!|dòng \d|trung vị|cao bất thường|thấp hơn \d/);
  });

  it('is 30 by default', async () => {
    const { config } = await loadReportConfig(undefined, tempDir(), {}, 'vi');
    expect(config.kiemTra.toiDaTrongBaoCao).toBe(30);
  });
});
