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

describe('the report lists at most kiemTra.toiDaTrongBaoCao findings and counts the rest', () => {
  it('a roll-up of 200 communes with many doubtful figures: 7 lines, then “Và N trường hợp khác”', async () => {
    const dir = join(tempDir('cnscd-lists-'), 'xa');
    writeCorpus(dir, 200, 0.5);
    writeFileSync(join(dir, 'cnscd.config.json'), JSON.stringify({ kiemTra: { toiDaTrongBaoCao: 7 } }));
    const a = await aggregate(dir);
    const doubts = a.findings.filter((f) => DOUBT_CODES.has(f.code));
    expect(doubts.length).toBeGreaterThan(7);
    const { config } = await loadReportConfig(undefined, dir, {}, 'vi');
    expect(config.kiemTra.toiDaTrongBaoCao).toBe(7);
    const content = composeReport(a, config, await loadWording(undefined, 'vi'));
    const texts = content.body.filter((b) => b.kind === 'para').map((b) => (b as { text: string }).text);
    const start = texts.findIndex((t) => t.startsWith('Các số liệu sau chênh lệch bất thường'));
    const lines = texts.slice(start + 1, start + 9);
    expect(lines.slice(0, 7).every((t) => t.startsWith('- Xã '))).toBe(true);
    const rest = doubts.length - 7;
    expect(lines[7]).toBe(`- Và ${rest.toLocaleString('vi-VN')} trường hợp khác: danh sách đầy đủ ở trang “Kiểm tra” của tệp tong-hop.xlsx.`);
  });

  it('is 30 by default', async () => {
    const { config } = await loadReportConfig(undefined, tempDir(), {}, 'vi');
    expect(config.kiemTra.toiDaTrongBaoCao).toBe(30);
  });
});
