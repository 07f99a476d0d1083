import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeAs } from '../../src/read/encoding/decode.js';
import { BIN, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

// A province folder as shared drives leave it: 50 good submissions among 200 broken or messy files of every kind
// the contract and docs/reliability.md name. The totals must be the good submissions' sums, to the unit.
const CODES = ['so_buoi_tap_huan', 'so_nguoi_dan_duoc_huong_dan', 'so_tai_khoan_dvctt', 'so_tai_khoan_vneid', 'so_san_pham_ocop'] as const;
const LABELS = [
  'Số buổi hội nghị, tập huấn, hướng dẫn',
  'Số người dân được hướng dẫn',
  'Số tài khoản DVCTT được tạo',
  'Số tài khoản VNeID được tạo',
  'Số sản phẩm OCOP của địa phương',
];
const COMMUNES = ['An Bình', 'Đông Hưng', 'Hòa Lạc', 'Tân Tiến', 'Quang Trung', 'Lê Lợi', 'Hưng Đạo', 'Nguyễn Trãi', 'Thái Học', 'Cộng Hòa'];
const unitName = (i: number) => `Xã ${COMMUNES[i % 10]} ${Math.floor(i / 10) + 1}`;

/** Deterministic pseudo-random figures (a linear congruential generator), so a failure can be replayed. */
function figures(seed: number): number[] {
  let x = seed * 7919 + 17;
  return CODES.map(() => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % 5000;
  });
}

function csvForm(unit: string, period: string, values: (string | number)[], d = ';'): string {
  // Quoted as Excel quotes: a field holding the delimiter or a quote.
  const cell = (x: string) => (x.includes(d) || x.includes('"') ? `"${x.replace(/"/g, '""')}"` : x);
  const line = (cells: string[]) => cells.map(cell).join(d);
  const rows = [
    `Đơn vị: ${unit}`,
    `Kỳ báo cáo: ${period}`,
    '',
    line(['STT', 'Nội dung', 'Số liệu']),
    ...values.map((v, i) => line([String(i + 1), LABELS[i]!, String(v)])),
  ];
  return `${rows.join('\r\n')}\r\n`;
}

async function xlsxForm(path: string, unit: string, period: string, values: (string | number)[]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Thông tin').addRows([
    ['Đơn vị', unit],
    ['Kỳ báo cáo', period],
  ]);
  wb.addWorksheet('Số liệu').addRows([['STT', 'Nội dung', 'Số liệu'], ...values.map((v, i) => [String(i + 1), LABELS[i]!, v])]);
  await wb.xlsx.writeFile(path);
}

interface Expectation {
  file: string;
  /** What the aggregate should say of it: a skip reason, or a finding code on the file. */
  reason: string;
}

describe('fault injection: 50 good submissions among 200 bad ones', () => {
  const root = tempDir('cnscd-fault-');
  const dir = join(root, 'bao-cao');
  const expected: Expectation[] = [];
  const sums = CODES.map(() => 0);
  const good: string[] = [];
  let doc: {
    totals: Record<string, { value: number; reported: number }>;
    units: { name: string }[];
    files: { path: string; status: string }[];
    skipped: { path: string; reason: string }[];
    findings: { file: string; code: string; severity: string }[];
  };
  let code = -1;

  beforeAll(async () => {
    mkdirSync(dir);
    const roster = { donVi: Array.from({ length: 120 }, (_, i) => ({ ma: String(10000 + i), ten: unitName(i) })) };
    writeFileSync(join(root, 'don-vi.json'), JSON.stringify(roster));
    const bad = (file: string, reason: string) => expected.push({ file, reason });

    // 50 good ones: Excel and CSV in four encodings.
    for (let i = 0; i < 50; i++) {
      const v = figures(i);
      v.forEach((n, k) => {
        sums[k]! += n;
      });
      const unit = i % 3 === 0 ? unitName(i).replace('Xã ', 'xã ') : unitName(i);
      let name: string;
      if (i % 4 === 0) await xlsxForm(join(dir, (name = `tot-${i}.xlsx`)), unit, '6 tháng đầu năm 2024', v);
      else if (i % 4 === 1)
        writeFileSync(
          join(dir, (name = `tot-${i}.csv`)),
          encodeAs(
            csvForm(
              unit,
              '6 tháng đầu năm 2024',
              v.map((n) => n.toLocaleString('de-DE')),
            ),
            'utf-8',
            true,
          ),
        );
      else if (i % 4 === 2) writeFileSync(join(dir, (name = `tot-${i}.csv`)), encodeAs(csvForm(unit, '6 tháng đầu năm 2024', v, ','), 'windows-1258'));
      else writeFileSync(join(dir, (name = `tot-${i}.txt`)), encodeAs(csvForm(unit, '6 tháng đầu năm 2024', v, '\t'), 'utf-16le', true));
      good.push(name);
    }
    // Identical copies of good ones: counted once (the first in name order counts, the other is named).
    for (let i = 0; i < 10; i++) copyFileSync(join(dir, good[i]!), join(dir, `ban-sao-${i}-${good[i]}`));
    // Units 50+ are never good: each of these files must stay out of the totals.
    let u = 50;
    const next = () => unitName(u++);
    for (let i = 0; i < 20; i++) {
      const bytes = Buffer.from(Array.from({ length: 300 + i * 37 }, (_, k) => (k * 31 + i * 7) % 256));
      const name = `rac-${i}${['.xlsx', '.csv', '.txt', '.xlsm'][i % 4]}`;
      writeFileSync(join(dir, name), bytes);
      bad(name, 'error');
    }
    for (let i = 0; i < 10; i++) {
      const path = join(dir, `cat-${i}.xlsx`);
      await xlsxForm(path, next(), '6 tháng đầu năm 2024', figures(100 + i));
      const full = readFileSync(path);
      writeFileSync(path, full.subarray(0, Math.floor(full.length * (0.2 + i * 0.07))));
      bad(`cat-${i}.xlsx`, 'error');
    }
    const cfb = (stream: string) =>
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(512)]);
    for (let i = 0; i < 8; i++) {
      writeFileSync(join(dir, `cu-${i}.xls`), cfb('Workbook'));
      bad(`cu-${i}.xls`, 'file-xls');
    }
    for (let i = 0; i < 6; i++) {
      writeFileSync(join(dir, `mat-khau-${i}.xlsx`), cfb('EncryptionInfo'));
      bad(`mat-khau-${i}.xlsx`, 'file-encrypted');
    }
    for (let i = 0; i < 6; i++) {
      writeFileSync(join(dir, `trong-${i}.csv`), '');
      bad(`trong-${i}.csv`, 'file-empty');
    }
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dir, `khac-ky-${i}.csv`), encodeAs(csvForm(next(), 'Năm 2023', figures(200 + i)), 'utf-8'));
      bad(`khac-ky-${i}.csv`, 'period-differs');
    }
    for (let i = 0; i < 10; i++) {
      const unit = next();
      writeFileSync(join(dir, `xung-dot-${i}-a.csv`), encodeAs(csvForm(unit, '6 tháng đầu năm 2024', figures(300 + i)), 'utf-8'));
      writeFileSync(join(dir, `xung-dot-${i}-b.csv`), encodeAs(csvForm(unit, '6 tháng đầu năm 2024', figures(400 + i)), 'utf-8'));
      bad(`xung-dot-${i}-a.csv`, 'unit-conflict');
      bad(`xung-dot-${i}-b.csv`, 'unit-conflict');
    }
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dir, `la-${i}.csv`), encodeAs(csvForm(`Phường Không Có ${i}`, '6 tháng đầu năm 2024', figures(500 + i)), 'utf-8'));
      bad(`la-${i}.csv`, 'unit-unknown');
    }
    const wrongValues = ['-5', '12,5', 'khoảng 100', '#REF!', '1.5'];
    for (let i = 0; i < 20; i++) {
      const v: (string | number)[] = figures(600 + i);
      v[i % 5] = wrongValues[i % wrongValues.length]!;
      writeFileSync(join(dir, `sai-so-${i}.csv`), encodeAs(csvForm(next(), '6 tháng đầu năm 2024', v), 'utf-8'));
      bad(`sai-so-${i}.csv`, 'error');
    }
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dir, `sai-ma-${i}.csv`), Buffer.from(Array.from({ length: 400 }, (_, k) => 0xc0 + ((k * 13 + i) % 60))));
      bad(`sai-ma-${i}.csv`, 'error');
    }
    for (let i = 0; i < 10; i++) {
      writeFileSync(
        join(dir, `thieu-${i}.csv`),
        encodeAs(
          i % 2
            ? csvForm(next(), '', figures(700 + i)).replace('Kỳ báo cáo: \r\n', '')
            : csvForm('', '6 tháng đầu năm 2024', figures(700 + i)).replace('Đơn vị: \r\n', ''),
          'utf-8',
        ),
      );
      bad(`thieu-${i}.csv`, 'error');
    }
    for (let i = 0; i < 10; i++) {
      // VNeID total that is not level 1 + level 2 (seed 001's mistake).
      const rows = [
        `Đơn vị: ${next()}`,
        'Kỳ báo cáo: 6 tháng đầu năm 2024',
        '',
        'STT;Nội dung;Số liệu',
        `1;Số tài khoản VNeID được tạo;${1000 + i}`,
        '2;trong đó: tài khoản VNeID mức độ 1;600',
        '3;trong đó: tài khoản VNeID mức độ 2;600',
      ];
      writeFileSync(join(dir, `vneid-${i}.csv`), rows.join('\r\n'));
      bad(`vneid-${i}.csv`, 'rule-sum');
    }
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dir, `nen-${i}.xlsx`), zipSync({ 'word/document.xml': strToU8(`<w:document>${i}</w:document>`), 'khac.txt': strToU8('x') }));
      bad(`nen-${i}.xlsx`, 'file-wrong-type');
    }
    for (let i = 0; i < 10; i++) {
      writeFileSync(join(dir, `~$tot-${i}.xlsx`), Buffer.from([0x0b, 0, 0x41, 0]));
      bad(`~$tot-${i}.xlsx`, 'lock-file');
    }
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, `.an-${i}.csv`), 'x');
      bad(`.an-${i}.csv`, 'hidden');
    }
    for (const n of ['Thumbs.db', 'desktop.ini']) {
      writeFileSync(join(dir, n), 'x');
      bad(n, 'system-file');
    }
    for (let i = 0; i < 5; i++) {
      copyFileSync(join(ROOT, 'fixtures', 'word', 'cong-van.docx'), join(dir, `cong-van-${i}.docx`));
      bad(`cong-van-${i}.docx`, 'document-no-table');
      writeFileSync(join(dir, `quyet-dinh-${i}.doc`), 'x');
      bad(`quyet-dinh-${i}.doc`, 'document');
    }
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, `scan-${i}.pdf`), '%PDF-1.4');
      bad(`scan-${i}.pdf`, 'document');
    }
    for (let i = 0; i < 5; i++) {
      mkdirSync(join(dir, `thu-muc-${i}`));
      bad(`thu-muc-${i}`, 'folder');
    }
    for (let i = 0; i < 3; i++) {
      writeFileSync(join(dir, `ghi-chu-${i}.json`), '{}');
      bad(`ghi-chu-${i}.json`, 'not-a-submission');
    }
    for (let i = 0; i < 5; i++) {
      writeFileSync(join(dir, `bang-tinh-${i}.ods`), 'PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.spreadsheet');
      bad(`bang-tinh-${i}.ods`, 'file-corrupt');
    }

    // An earlier run's outputs, renamed, dropped into the folder.
    const earlier = join(root, 'lan-truoc');
    const first = spawnSync(process.execPath, [BIN, 'aggregate', dir, '--roster', join(root, 'don-vi.json'), '--out', earlier, '--no-chart'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(first.status).toBe(1);
    copyFileSync(join(earlier, 'tong-hop.xlsx'), join(dir, 'tong hop thang truoc.xlsx'));
    copyFileSync(join(earlier, 'tong-hop.json'), join(dir, 'ket-qua-cu.json'));
    bad('tong hop thang truoc.xlsx', 'earlier-output');
    bad('ket-qua-cu.json', 'earlier-output');

    const r = spawnSync(
      process.execPath,
      [BIN, 'aggregate', dir, '--roster', join(root, 'don-vi.json'), '--out', join(root, 'ket-qua'), '--json', '--no-chart'],
      {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    expect(r.stderr).toBe('');
    code = r.status ?? -1;
    doc = JSON.parse(r.stdout);
  }, 120_000);

  it('holds 50 good files among at least 200 others', () => {
    expect(good).toHaveLength(50);
    expect(expected.length + 10 /* identical copies */).toBeGreaterThanOrEqual(200);
  });

  it('totals exactly the good submissions, each unit once', () => {
    CODES.forEach((c, k) => {
      expect(doc.totals[c], c).toMatchObject({ value: sums[k], reported: 50 });
    });
    expect(doc.units).toHaveLength(50);
  });

  it('names every other file with its reason, and exits 1', () => {
    const skipped = new Map(doc.skipped.map((s) => [s.path, s.reason]));
    const byFile = new Map<string, { code: string; severity: string }[]>();
    for (const f of doc.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    for (const e of expected) {
      const findings = byFile.get(e.file) ?? [];
      if (skipped.has(e.file)) expect(skipped.get(e.file), e.file).toBe(e.reason);
      else if (e.reason === 'error')
        expect(
          findings.some((f) => f.severity === 'error'),
          `${e.file}: ${JSON.stringify(findings)}`,
        ).toBe(true);
      else
        expect(
          findings.map((f) => f.code),
          e.file,
        ).toContain(e.reason);
    }
    const status = (name: string) => doc.files.find((f) => f.path === name)?.status;
    good.forEach((name, i) => {
      if (i >= 10) {
        expect(status(name), `${name}: ${JSON.stringify(byFile.get(name))}`).toBe('counted');
        return;
      }
      // A good file and its identical copy: exactly one counts, the other is named as the repeat.
      const pair = [name, `ban-sao-${i}-${name}`];
      expect(pair.map(status).sort(), name).toEqual(['counted', 'not-counted']);
      expect(
        pair.flatMap((p) => (byFile.get(p) ?? []).map((f) => f.code)),
        name,
      ).toContain('unit-repeated');
    });
    expect(code).toBe(1);
  });
});
