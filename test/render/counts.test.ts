import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { DISTRICTS } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';
// @ts-expect-error the benchmark's corpus writer is plain JavaScript
import { writeCorpus } from '../bench/corpus.mjs';

/** The text of a .docx body, its runs joined and tags dropped. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  return (await zip.file('word/document.xml')!.async('string')).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

describe('counts of a thousand and more, as each language writes them', () => {
  const dir = join(tempDir(), 'xa');
  beforeAll(() => {
    writeCorpus(dir, 1001, 0);
  });

  it('in the terminal and the report: 1.001 in Vietnamese, 1,001 in English, never 1001', async () => {
    const out = tempDir();
    const vi = cnscd(['aggregate', dir, '--out', out]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toMatch(/^Tổng hợp 1\.001 đơn vị từ 1\.001 tệp/);
    expect(vi.stdout).toMatch(/Số buổi hội nghị, tập huấn, hướng dẫn +[\d.]+ +1\.001\/1\.001\n/);
    expect(vi.stdout).toContain('1.001 tệp không có một số chỉ tiêu');
    const report = await docxText(join(out, 'bao-cao.docx'));
    expect(report).toContain('Tổng hợp số liệu báo cáo của 1.001 đơn vị');
    // Without a roster the text names the units up to 60 of them; 1,001 names are left to the appendix.
    expect(report).toContain('Đã nhận báo cáo của 1.001 đơn vị (từng đơn vị tại Phụ lục kèm theo).');
    expect(report).not.toContain('Xã An An 1, Xã An An 2');
    expect(report).toContain('1.001/1.001');
    // The statistics table's last column is widened for "1.001/1.001" (11 characters at 13 pt: 1,200 twips were one
    // line for "12/12" and broke "1.001/1.0" from "01"), taken from Nội dung; the table keeps its width.
    const xml = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
    const stats = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('>Số đơn vị báo cáo<'))!;
    const widths = [...stats.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(680 + 4674 + 1400 + 1400 + 1200);
    expect(widths[4]).toBeGreaterThanOrEqual(1380);
    expect(widths.slice(2, 4)).toEqual([1400, 1400]);
    // Only the appendix's row number (STT) is written plain, as row numbers are.
    expect(report.split('\n').filter((line) => /\b1001\b/.test(line))).toEqual(['1001']);
    const en = cnscd(['--lang', 'en', 'aggregate', dir, '--out', tempDir()]);
    expect(en.stdout).toMatch(/^Aggregated 1,001 units from 1,001 files/);
    expect(en.stdout).toContain('1,001/1,001');
    const checked = cnscd(['validate', dir]);
    expect(checked.stdout).toMatch(/\n1\.001 tệp: 1\.001 hợp lệ, 0 cần sửa\n/);
    const ci = cnscd(['validate', dir, '--format', 'github']);
    expect(ci.stdout).toMatch(/\ncnscd: 1\.001 tệp, \d+ lỗi, [\d.]+ cảnh báo\n$/);
  });

  it('names each unit in the report when there are a few, without a roster', async () => {
    const out = tempDir();
    expect(cnscd(['aggregate', DISTRICTS, '--out', out]).code).toBe(0);
    expect(await docxText(join(out, 'bao-cao.docx'))).toContain(
      'Đã nhận báo cáo của 12 đơn vị: H. Thanh Miện, Huyện Bình Giang, Huyện Cẩm Giàng, Huyện Gia Lộc, Huyện Kim Thành, Huyện Nam Sách, Huyện Ninh Giang, Huyện Thanh Hà, huyện Tứ kỳ, Thành phố Chí Linh, TP. Hải Dương, TX Kinh Môn.',
    );
  });
});
