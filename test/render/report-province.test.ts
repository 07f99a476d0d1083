// A province folder as clerks receive one (docs/images/make-images.sh makes the same): a district missing, a form
// sent back blank, two differing versions of one district, an identical copy. The signed report says each once, in
// its true words, and every district has its row in the appendix.
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyDistricts, ROSTER } from '../support/aggregate.js';
import { cnscd } from '../support/cli.js';
import { tempDir } from '../support/files.js';

describe('the report of a province folder with a missing, a blank, a conflicting and a copied district', () => {
  let doc = '';
  let text: string[] = [];
  let checks: string[] = [];
  beforeAll(async () => {
    const dir = copyDistricts();
    rmSync(join(dir, 'thanh-ha.xlsx'));
    rmSync(join(dir, 'kinh-mon.xlsx'));
    expect(cnscd(['template', '--unit', 'Thị xã Kinh Môn', '--period', '6 tháng đầu năm 2023', '--out', join(dir, 'kinh-mon.xlsx')]).code).toBe(0);
    // The second version re-saved one line by another tool: that line ends in a bare \n, the others in \r\n.
    const gl = readFileSync(join(dir, 'gia-loc-1258.csv'), 'latin1');
    expect(gl).toContain(',438\r\n');
    writeFileSync(join(dir, 'gia-loc-ban-sua.csv'), gl.replace(',438\r\n', ',4.380\n'), 'latin1');
    copyFileSync(join(dir, 'Tu Ky.xlsx'), join(dir, 'Tu Ky (1).xlsx'));
    const out = tempDir();
    const r = cnscd(['aggregate', dir, '--roster', ROSTER, '--out', out]);
    expect(r.code).toBe(1);
    doc = await (await JSZip.loadAsync(readFileSync(join(out, 'bao-cao.docx')))).file('word/document.xml')!.async('string');
    text = doc.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, ''));
    const list = await (await JSZip.loadAsync(readFileSync(join(out, 'kiem-tra.docx')))).file('word/document.xml')!.async('string');
    checks = list.split('</w:p>').map((p) => p.replace(/<[^>]+>/g, ''));
  });

  it('gives the clerk, in kiem-tra.docx, the blank form and the two versions to call about first, then who sent nothing', () => {
    expect(checks.filter((t) => /^\d+\. /.test(t))).toEqual([
      '1. Thị xã Kinh Môn — Chưa tổng hợp: biểu trống, chưa có số liệu',
      '2. Huyện Gia Lộc — Chưa tổng hợp: có hai bản khác nhau',
      '3. Huyện Bình Giang — Số liệu cần kiểm tra lại (vẫn được tổng hợp như đơn vị đã báo cáo)',
      '4. Thành phố Hải Dương — Số liệu cần kiểm tra lại (vẫn được tổng hợp như đơn vị đã báo cáo)',
      '5. Chưa gửi báo cáo (1 đơn vị)',
    ]);
    expect(checks).toContain('- Huyện Thanh Hà (mã 294)');
  });

  it('says who reported, who did not, and why each district was left out, each once and in its true words', () => {
    const at = text.indexOf('4. Tình hình báo cáo của các đơn vị');
    expect(text.slice(at + 1, at + 6)).toEqual([
      'Đã nhận báo cáo của 10/12 đơn vị.',
      'Chưa báo cáo (1 đơn vị): Huyện Thanh Hà.',
      'Chưa tổng hợp số liệu của 1 đơn vị do gửi biểu chưa có số liệu (đề nghị đơn vị điền số liệu và gửi lại): Thị xã Kinh Môn.',
      'Chưa tổng hợp số liệu của 1 đơn vị do đơn vị gửi hai bản báo cáo có số liệu khác nhau (đề nghị đơn vị xác nhận bản đúng): Huyện Gia Lộc.',
      // Not "còn sai sót" for Kinh Môn or Gia Lộc: each was said above, with its reason.
      'Không phát hiện sai sót về số liệu trong các báo cáo đã tổng hợp.',
    ]);
    // The totals are the nine counted districts', and the sentence that gives them says so.
    expect(text.find((t) => t.startsWith('Trong 6 tháng đầu năm 2023'))).toMatch(
      /^Trong 6 tháng đầu năm 2023, theo số liệu đã tổng hợp của 9\/12 đơn vị, các huyện, thị xã, thành phố đã tổ chức được 503 buổi/,
    );
    // The copy is counted once and never named: it is the clerk's business (kiem-tra.docx), not the Ministry's.
    expect(text.join('\n')).not.toMatch(/Tu Ky|trùng|\(1\)/);
  });

  it('gives every district of the roster its appendix row, with a few words across the figures for those not counted', () => {
    const appendix = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('>Tổng cộng<'))!;
    const rows = [...appendix.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) =>
      m[0]
        .split('</w:p>')
        .map((p) => p.replace(/<[^>]+>/g, ''))
        .filter(Boolean),
    );
    expect(rows).toHaveLength(1 + 12 + 1);
    expect(rows.slice(10, 13)).toEqual([
      ['10', 'Huyện Gia Lộc', 'Chưa tổng hợp (có hai bản khác nhau)'],
      ['11', 'Thị xã Kinh Môn', 'Chưa tổng hợp (biểu trống, chưa có số liệu)'],
      ['12', 'Huyện Thanh Hà', 'Chưa báo cáo'],
    ]);
    expect(rows.filter((r) => r[1] === 'Huyện Tứ Kỳ')).toHaveLength(1);
  });
});
