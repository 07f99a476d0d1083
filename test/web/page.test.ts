/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The web page (issue 27) in a real Chromium, opened from the disk with the network refused: the fixtures are given
// to it as a user gives them (the file pickers, a drop, the keyboard), the findings are read off the page, the
// outputs downloaded and held to the command line's bytes, and every request the page makes is written down.
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type OpenPage, openPage, outsideRequests, PAGE } from '../support/browser.js';
import { cnscd, ROOT } from '../support/cli.js';
import { EVERY_KIND, tempDir } from '../support/files.js';

const OUTPUTS = ['bao-cao.docx', 'kiem-tra.docx', 'tong-hop.xlsx', 'tong-hop.json'];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

/** Each test on a page of its own; whatever it did, nothing may have left the machine. */
async function withPage(run: (p: OpenPage) => Promise<void>, hosted?: string): Promise<void> {
  const opened = await openPage(browser, hosted);
  try {
    await run(opened);
    expect(opened.network).toEqual([]);
    if (!opened.requests.some((r) => r.includes('example.com'))) expect(outsideRequests(opened.requests, hosted)).toEqual([]);
    expect(opened.console.filter((l) => l.startsWith('pageerror'))).toEqual([]);
  } finally {
    await opened.context.close();
  }
}

/** The findings a file's section shows, row by row: place, severity, message, code. */
async function findingsOf(page: Page, path: string): Promise<string[][]> {
  return page
    .locator(`section.file[data-path="${path}"] table.findings tbody tr`)
    .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

async function addUp(page: Page, folder: string, options: { roster?: string; config?: string; chart?: boolean; recursive?: boolean } = {}): Promise<void> {
  await page.click('#tab-add');
  await page.setInputFiles('#add-folder', folder);
  if (options.roster) await page.setInputFiles('#add-roster', options.roster);
  if (options.config) await page.setInputFiles('#add-config', options.config);
  if (options.chart === false) await page.uncheck('#add-chart');
  if (options.recursive === false) await page.uncheck('#add-recursive');
  await page.click('#add-start');
  await page.waitForSelector('#add-summary, #add-results [role="alert"]', { timeout: 120_000 });
}

async function download(page: Page, name: string, dir: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`a[data-output="${name}"]`)]);
  expect(file.suggestedFilename()).toBe(name);
  const path = join(dir, name);
  await file.saveAs(path);
  return readFileSync(path);
}

/** The command line's four outputs for Hải Dương's folder with its roster, chart off, in a folder of their own. */
function haiDuongByCli(): string {
  const out = tempDir('cnscd-web-cli-');
  const args = ['aggregate', join(ROOT, 'fixtures/hai-duong-2023'), '--roster', join(ROOT, 'fixtures/hai-duong-don-vi.json'), '--recursive', '--no-chart'];
  expect(cnscd([...args, '--out', out], {}, [], tempDir()).code).toBe(0);
  return out;
}

/** Each output the page offers, downloaded, is the command line's file of that name, byte for byte. */
async function expectCliBytes(page: Page, names: string[], cliOut: string): Promise<void> {
  const dir = tempDir('cnscd-web-dl-');
  for (const name of names) expect(await download(page, name, dir), name).toEqual(readFileSync(join(cliOut, name)));
}

/** A zip's parts by name. */
const parts = (bytes: Uint8Array) => unzipSync(bytes);

describe('the web page', () => {
  it('is one file that `npm run build` writes and `cnscd web --out` writes again, byte for byte, under 3 MB', () => {
    const out = join(tempDir('cnscd-web-'), 'trang.html');
    const run = cnscd(['web', '--out', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out)).toEqual(readFileSync(PAGE));
    expect(statSync(PAGE).size).toBeLessThan(3_000_000);
    // A page that is there already is not overwritten unless asked.
    expect(cnscd(['web', '--out', out]).code).toBe(2);
    expect(cnscd(['web', '--out', join(tempDir(), 'trang.txt')]).stderr).toMatch(/\.html/);
    const html = readFileSync(PAGE, 'utf8');
    // Nothing is fetched: no script, style, font or picture from anywhere but the page itself.
    const markup = html.replace(/<script>[\s\S]*<\/script>/, '<script></script>').replace(/<style>[\s\S]*<\/style>/, '<style></style>');
    expect(markup.match(/\s(src|href|srcset|action|poster)=/gi)).toBeNull();
    expect(html.match(/<style>[\s\S]*<\/style>/)![0].match(/url\(|@import/gi)).toBeNull();
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(markup.match(/<meta http-equiv[^>]+>/)![0]).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src blob:; worker-src blob:; connect-src 'none';/,
    );
  });

  it('checks files of every kind and shows the command line’s findings, errors first, with its summary', async () => {
    const dir = tempDir('cnscd-web-check-');
    for (const f of EVERY_KIND) copyFileSync(join(ROOT, f), join(dir, basename(f)));
    const names = EVERY_KIND.map((f) => basename(f));
    const cli = JSON.parse(cnscd(['validate', ...names, '--json'], {}, [], dir).stdout) as {
      files: { path: string; valid: boolean; errors: number; findings: { severity: string; message: string; code: string; rule: string | null }[] }[];
    };
    await withPage(async ({ page }) => {
      await page.setInputFiles(
        '#check-files',
        names.map((n) => join(dir, n)),
      );
      await page.waitForSelector('#check-summary');
      // The whole answer, as `cnscd validate --json` prints it.
      const json = (await download(page, 'ket-qua-kiem-tra.json', tempDir('cnscd-web-dl-'))).toString('utf8');
      expect(json).toBe(cnscd(['validate', ...names, '--json'], {}, [], dir).stdout);
      const bad = cli.files.filter((f) => !f.valid);
      expect(await page.textContent('#check-summary')).toBe(`${bad.length}/${names.length} tệp cần sửa: còn ${bad.reduce((n, f) => n + f.errors, 0)} lỗi`);
      // Files with errors first, then the rest, each in the order given.
      const shown = await page.locator('section.file').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.path));
      expect(shown).toEqual([...cli.files.filter((f) => !f.valid), ...cli.files.filter((f) => f.valid)].map((f) => f.path));
      for (const file of cli.files) {
        const rows = await findingsOf(page, file.path);
        const errorsFirst = [...file.findings.filter((f) => f.severity === 'error'), ...file.findings.filter((f) => f.severity !== 'error')];
        expect(rows.map((r) => r[2])).toEqual(errorsFirst.map((f) => f.message));
        expect(rows.map((r) => r[1])).toEqual(errorsFirst.map((f) => (f.severity === 'error' ? 'Lỗi' : 'Cảnh báo')));
        expect(rows.map((r) => r[3])).toEqual(errorsFirst.map((f) => (f.rule ? `${f.code} ${f.rule}` : f.code)));
      }
    });
  }, 120_000);

  it('lists, of many files, those with problems, errors first, as the terminal does', async () => {
    const dir = tempDir('cnscd-web-many-');
    const valid = readFileSync(join(ROOT, 'fixtures/hai-duong-2023/Tu Ky.xlsx'));
    for (let i = 0; i < 60; i++) writeFileSync(join(dir, `xa-${String(i).padStart(2, '0')}.xlsx`), valid);
    copyFileSync(join(ROOT, 'fixtures/tu-ky-6-thang-2023.xlsx'), join(dir, 'zz-tu-ky.xlsx'));
    const names = readdirSync(dir).sort();
    await withPage(async ({ page }) => {
      await page.setInputFiles(
        '#check-files',
        names.map((n) => join(dir, n)),
      );
      await page.waitForSelector('#check-summary');
      expect(await page.textContent('#check-summary')).toBe('1/61 tệp cần sửa: còn 1 lỗi');
      // The valid forms' one warning, that they lack some indicators, is one line for all of them.
      expect(await page.locator('section.file').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.path))).toEqual(['zz-tu-ky.xlsx']);
      expect(await page.textContent('#check-results p.absent')).toBe('61 tệp không có một số chỉ tiêu (coi là chưa báo cáo; xem cột “Đơn vị” ở bảng trên).');
    });
  }, 60_000);

  it('marks the cell at fault in the sheet, with the message beside it', async () => {
    await withPage(async ({ page }) => {
      await page.setInputFiles('#check-files', join(ROOT, 'fixtures/tu-ky-6-thang-2023.xlsx'));
      await page.waitForSelector('#check-summary');
      expect(await page.textContent('#check-summary')).toBe('Còn 1 lỗi cần sửa');
      // The seed's VNeID line does not add up: D19 against D20 + D21.
      const cell = page.locator('section.file table.grid td.mark.error');
      expect(await cell.count()).toBe(1);
      expect(await cell.textContent()).toBe('71.994');
      const row = cell.locator('xpath=..');
      expect(await row.locator('th').textContent()).toBe('19');
      expect(await row.locator('td.note').textContent()).toMatch(/^D19: Số tài khoản VNeID được tạo \(D19\) là 71\.994, nhưng .* \(lệch 4\.000\)\.$/);
      // The finding's place leads to the cell.
      await page.click('table.findings a[href^="#c-"]');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('71.994');
    });
  }, 60_000);

  it('says a valid report may be sent, and switches to English with the command line’s English words', async () => {
    await withPage(async ({ page }) => {
      await page.setInputFiles('#check-files', join(ROOT, 'fixtures/hai-duong-2023/nam-sach.xlsx'));
      await page.waitForSelector('#check-summary');
      expect(await page.textContent('#check-summary')).toMatch(/^Báo cáo hợp lệ — có thể gửi/);
      await page.click('button[data-lang="en"]');
      await page.waitForFunction(() => document.querySelector('#check-summary')?.textContent?.startsWith('The report is valid'));
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      expect(await page.textContent('#tab-add')).toBe('Add up reports');
      const cli = JSON.parse(cnscd(['validate', 'nam-sach.xlsx', '--json', '--lang', 'en'], {}, [], join(ROOT, 'fixtures/hai-duong-2023')).stdout);
      expect((await findingsOf(page, 'nam-sach.xlsx')).map((r) => r[2])).toEqual(cli.files[0].findings.map((f: { message: string }) => f.message));
    });
  }, 60_000);

  it('takes files dropped on it, and names a file it cannot read', async () => {
    await withPage(async ({ page }) => {
      const bytes = [...readFileSync(join(ROOT, 'fixtures/hai-duong-2023/kim-thanh-tcvn3.csv'))];
      await page.evaluate((b) => {
        const data = new DataTransfer();
        data.items.add(new File([new Uint8Array(b)], 'kim-thanh-tcvn3.csv'));
        data.items.add(new File(['not a workbook'], 'hong.xlsx'));
        document.getElementById('drop-check')!.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, bytes);
      await page.waitForSelector('#check-summary');
      expect(await page.locator('section.file').evaluateAll((s) => s.map((e) => (e as HTMLElement).dataset.path))).toEqual([
        'hong.xlsx',
        'kim-thanh-tcvn3.csv',
      ]);
      expect(await page.textContent('section.file[data-path="hong.xlsx"] .verdict')).toBe('Không đọc được tệp này');
      expect(await page.textContent('section.file[data-path="kim-thanh-tcvn3.csv"] p.muted')).toBe('Huyện Kim Thành · 6 tháng đầu năm 2023');
    });
  }, 60_000);

  it('shows what a file says as text, never as part of the page', async () => {
    const dir = tempDir('cnscd-web-inject-');
    const hostile = '<img src=x onerror="document.title=1">Xã <b>Nam</b> Chính';
    // Tứ Kỳ's form as a CSV, its unit named with markup.
    writeFileSync(join(dir, 'xa.csv'), readFileSync(join(ROOT, 'fixtures/tu-ky-6-thang-2023.csv'), 'utf8').replace('Huyện Tứ Kỳ', hostile));
    await withPage(async ({ page }) => {
      await page.setInputFiles('#check-files', join(dir, 'xa.csv'));
      await page.waitForSelector('#check-summary');
      expect(await page.locator('#check-results img, #check-results b').count()).toBe(0);
      expect(await page.textContent('section.file p.muted')).toBe(`${hostile} · 6 tháng đầu năm 2023`);
      expect(await page.locator('table.grid td', { hasText: 'onerror' }).first().textContent()).toBe(`Đơn vị: ${hostile}`);
      expect(await page.title()).not.toBe('1');
    });
  }, 60_000);

  it('adds up a folder with its roster: the four outputs are the command line’s bytes, chart off', async () => {
    const cliOut = haiDuongByCli();
    await withPage(async ({ page }) => {
      await addUp(page, join(ROOT, 'fixtures/hai-duong-2023'), { roster: join(ROOT, 'fixtures/hai-duong-don-vi.json'), chart: false });
      expect(await page.textContent('#add-summary')).toBe('Tổng hợp 12 đơn vị từ 12 tệp · 6 tháng đầu năm 2023');
      const row = page.locator('table.totals tr[data-indicator="Số người dân được hướng dẫn"] td');
      expect(await row.allTextContents()).toEqual(['Số người dân được hướng dẫn (Người)', '316.105', '12/12']);
      expect(await page.textContent('p.reported')).toBe('Đã báo cáo: 12/12 đơn vị (theo hai-duong-don-vi.json).');
      // The sorting the folder's settings ask for, as the terminal says it.
      expect(await page.locator('ul.classes li').first().textContent()).toBe(
        'Có 7 đơn vị đã tích cực triển khai hoạt động của Tổ: Thành phố Hải Dương, Huyện Nam Sách, Huyện Cẩm Giàng, Huyện Gia Lộc, Huyện Tứ Kỳ, Huyện Ninh Giang, Huyện Thanh Miện.',
      );
      expect(await page.locator('.downloads p').count()).toBe(0);
      await expectCliBytes(page, OUTPUTS, cliOut);
    });
  }, 180_000);

  it('works from a plain http portal too, where the browser gives no Web Crypto: the same bytes', async () => {
    const cliOut = haiDuongByCli();
    await withPage(async ({ page }) => {
      // Not a secure context: the files' sha256 (in tong-hop.json and the Nguồn sheet) is noble's, not Web Crypto's.
      expect(await page.evaluate(() => ({ secure: window.isSecureContext, subtle: !!globalThis.crypto?.subtle }))).toEqual({ secure: false, subtle: false });
      await addUp(page, join(ROOT, 'fixtures/hai-duong-2023'), { roster: join(ROOT, 'fixtures/hai-duong-don-vi.json'), chart: false });
      await expectCliBytes(page, OUTPUTS, cliOut);
    }, 'http://cong-thong-tin.example/cnscd.html');
  }, 180_000);

  it('with the chart, draws it in the browser and says so; all else is the command line’s, byte for byte', async () => {
    const cliOut = tempDir('cnscd-web-cli-');
    const folder = tempDir('cnscd-web-folder-');
    cpSync(join(ROOT, 'fixtures/hai-duong-2023'), join(folder, 'bao-cao'), { recursive: true });
    copyFileSync(join(ROOT, 'fixtures/hai-duong-don-vi.json'), join(folder, 'don-vi.json'));
    const run = cnscd(['aggregate', 'bao-cao', '--roster', 'don-vi.json', '--recursive', '--out', cliOut], {}, [], folder);
    expect(run.code).toBe(0);
    await withPage(async ({ page }) => {
      await addUp(page, join(folder, 'bao-cao'), { roster: join(folder, 'don-vi.json') });
      expect(await page.textContent('.downloads p')).toBe('Biểu đồ do trình duyệt vẽ nên có thể khác đôi chút so với biểu đồ do lệnh cnscd vẽ.');
      const dir = tempDir('cnscd-web-dl-');
      await expectCliBytes(page, ['kiem-tra.docx', 'tong-hop.json'], cliOut);
      for (const name of ['bao-cao.docx', 'tong-hop.xlsx']) {
        const web = parts(await download(page, name, dir));
        const cli = parts(readFileSync(join(cliOut, name)));
        expect(Object.keys(web), name).toEqual(Object.keys(cli));
        const pictures = Object.keys(cli).filter((p) => p.endsWith('.png'));
        expect(pictures, name).toHaveLength(1);
        for (const part of Object.keys(cli)) if (!pictures.includes(part)) expect(Buffer.from(web[part]!), `${name} ${part}`).toEqual(Buffer.from(cli[part]!));
        // The browser's picture: a PNG of the same size as resvg's.
        const png = Buffer.from(web[pictures[0]!]!);
        const resvg = Buffer.from(cli[pictures[0]!]!);
        expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect(png.readUInt32BE(16)).toBe(resvg.readUInt32BE(16));
        expect(png.readUInt32BE(20)).toBe(resvg.readUInt32BE(20));
      }
    });
  }, 180_000);

  it('makes the report without the chart when the browser cannot draw it, and says so', async () => {
    const cliOut = haiDuongByCli();
    await withPage(async ({ page }) => {
      // A canvas that gives no picture, as a browser refusing it would.
      await page.evaluate(() => {
        HTMLCanvasElement.prototype.toBlob = (callback: BlobCallback) => {
          callback(null);
        };
      });
      await addUp(page, join(ROOT, 'fixtures/hai-duong-2023'), { roster: join(ROOT, 'fixtures/hai-duong-don-vi.json') });
      expect(await page.textContent('.downloads p.chart-failed')).toMatch(/^Trình duyệt này không vẽ được biểu đồ, nên báo cáo được lập không có biểu đồ\./);
      await expectCliBytes(page, OUTPUTS, cliOut);
    });
  }, 180_000);

  it('names the units of the roster that have not reported', async () => {
    const folder = join(tempDir('cnscd-web-two-'), 'hai-huyen');
    mkdirSync(folder);
    for (const f of ['nam-sach.xlsx', 'Tu Ky.xlsx']) copyFileSync(join(ROOT, 'fixtures/hai-duong-2023', f), join(folder, f));
    const out = tempDir('cnscd-web-cli-');
    expect(cnscd(['aggregate', folder, '--roster', join(ROOT, 'fixtures/hai-duong-don-vi.json'), '--out', out], {}, [], tempDir()).code).toBe(0);
    const missing = (JSON.parse(readFileSync(join(out, 'tong-hop.json'), 'utf8')) as { missing: { name: string }[] }).missing.map((m) => m.name);
    expect(missing).toHaveLength(10);
    await withPage(async ({ page }) => {
      await addUp(page, folder, { roster: join(ROOT, 'fixtures/hai-duong-don-vi.json') });
      expect(await page.textContent('p.reported')).toBe('Đã báo cáo: 2/12 đơn vị (theo hai-duong-don-vi.json).');
      // The roster's order, as the command line lists them.
      expect(await page.textContent('p.missing')).toBe(`Chưa báo cáo: ${missing.join(', ')}.`);
      expect(missing).toContain('Huyện Kim Thành');
    });
  }, 60_000);

  it('uses a settings file chosen apart, and says what stops a run as the command line says it', async () => {
    const folder = tempDir('cnscd-web-settings-');
    mkdirSync(join(folder, 'bao-cao'));
    for (const f of ['nam-sach.xlsx', 'Tu Ky.xlsx']) copyFileSync(join(ROOT, 'fixtures/hai-duong-2023', f), join(folder, 'bao-cao', f));
    writeFileSync(join(folder, 'cnscd.config.json'), '{"coQuan": 12}');
    const cli = cnscd(['aggregate', 'bao-cao', '--config', 'cnscd.config.json'], {}, [], folder);
    expect(cli.code).toBe(2);
    await withPage(async ({ page }) => {
      await addUp(page, join(folder, 'bao-cao'), { config: join(folder, 'cnscd.config.json') });
      const alert = await page.textContent('#add-results [role="alert"]');
      // The same problems, the file named as the page knows it.
      expect(alert).toBe(
        cli.stderr
          .replace(/^cnscd: /, '')
          .trimEnd()
          .replace(join(folder, 'cnscd.config.json'), 'cnscd.config.json'),
      );
    });
    // A folder with no report in it.
    const empty = tempDir('cnscd-web-empty-');
    mkdirSync(join(empty, 'trong'));
    writeFileSync(join(empty, 'trong', 'ghi-chu.pdf'), 'x');
    await withPage(async ({ page }) => {
      await addUp(page, join(empty, 'trong'));
      expect(await page.textContent('#add-results [role="alert"]')).toBe(
        'thư mục trong không có báo cáo nào (.xlsx, .xlsm, .xls, .ods, .docx, .csv, .tsv, .txt)',
      );
    });
  }, 120_000);

  it('shows a progress bar while a long folder is read, and keeps the page answering', async () => {
    const folder = join(tempDir('cnscd-web-long-'), 'tinh');
    mkdirSync(folder);
    const form = readFileSync(join(ROOT, 'fixtures/hai-duong-2023/nam-sach.xlsx'));
    for (let i = 0; i < 400; i++) writeFileSync(join(folder, `xa-${String(i).padStart(3, '0')}.xlsx`), form);
    await withPage(async ({ page }) => {
      await page.click('#tab-add');
      await page.setInputFiles('#add-folder', folder);
      expect(await page.textContent('#add-chosen')).toBe('tinh — Đã chọn 400 tệp');
      // What the bar and the status line said while the files were read.
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { seen: string[] }).seen = seen;
        const bar = document.getElementById('add-progress') as HTMLProgressElement;
        new MutationObserver(() => {
          if (!bar.hidden && bar.hasAttribute('value')) seen.push(`${bar.value}/${bar.max} ${document.getElementById('add-status')!.textContent}`);
        }).observe(document.getElementById('panel-add')!, { attributes: true, subtree: true, childList: true, characterData: true });
      });
      await page.click('#add-start');
      // The page answers while the worker reads: a click on the other tab is taken at once.
      await page.click('#tab-check');
      expect(await page.isVisible('#panel-check')).toBe(true);
      await page.click('#tab-add');
      await page.waitForSelector('#add-summary', { timeout: 120_000 });
      const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
      const counts = seen.map((s) => Number(s.split('/')[0]));
      expect(counts.length).toBeGreaterThan(2);
      expect(counts).toEqual([...counts].sort((a, b) => a - b));
      expect(seen.at(-1)).toMatch(/^400\/400 /);
      expect(seen.some((s) => /^\d+\/400 Đã đọc \d+\/400 tệp$/.test(s))).toBe(true);
      expect(await page.isHidden('#add-progress')).toBe(true);
      expect(await page.getAttribute('#panel-add', 'aria-busy')).toBe('false');
    });
  }, 120_000);

  it('lets nothing leave the machine: its policy refuses every request a script could make', async () => {
    await withPage(async ({ page, requests, network }) => {
      const tried = await page.evaluate(async () => {
        const refused: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) => refused.push(e.effectiveDirective));
        const attempts = [
          fetch('https://example.com/').then(
            () => 'fetched',
            () => 'refused',
          ),
          new Promise((resolve) => {
            const img = new Image();
            img.onload = () => resolve('loaded');
            img.onerror = () => resolve('refused');
            img.src = 'https://example.com/pixel.png';
          }),
          new Promise((resolve) => {
            try {
              const ws = new WebSocket('wss://example.com/');
              ws.onerror = () => resolve('refused');
              ws.onopen = () => resolve('open');
            } catch {
              resolve('refused');
            }
          }),
        ];
        const results = await Promise.all(attempts);
        await new Promise((r) => setTimeout(r, 100));
        return { results, refused: [...new Set(refused)].sort() };
      });
      expect(tried.results).toEqual(['refused', 'refused', 'refused']);
      expect(tried.refused).toEqual(['connect-src', 'img-src']);
      // Chromium names the picture it was told to load, and loads nothing: the policy stopped it before the network.
      expect(outsideRequests(requests)).toEqual(['https://example.com/pixel.png']);
      expect(network).toEqual([]);
    });
  }, 60_000);

  it('can be used with the keyboard alone, and every control has a label', async () => {
    await withPage(async ({ page }) => {
      const unlabelled = await page.evaluate(() =>
        [...document.querySelectorAll('input, button, progress')]
          .filter((e) => {
            const labels = (e as HTMLInputElement).labels;
            const named = (labels && labels.length > 0) || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.textContent?.trim();
            return !named;
          })
          .map((e) => e.id || e.outerHTML.slice(0, 60)),
      );
      expect(unlabelled).toEqual([]);
      // Tab to the language buttons, the tabs, and the file chooser; Space opens it.
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        order.push(await page.evaluate(() => document.activeElement?.id || (document.activeElement as HTMLElement | null)?.dataset.lang || ''));
      }
      expect(order).toEqual(['vi', 'en', 'tab-check', 'check-files']);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
      await chooser.setFiles(join(ROOT, 'fixtures/hai-duong-2023/nam-sach.xlsx'));
      await page.waitForSelector('#check-summary');
      // The summary takes the focus, and is said by a screen reader.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('check-summary');
      // The arrow keys move between the tabs.
      await page.focus('#tab-check');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-add');
      expect(await page.isVisible('#panel-add')).toBe(true);
      // A control that is hidden is not shown (the page's own style must not bring it back).
      expect(await page.isVisible('#add-roster-clear')).toBe(false);
      await page.setInputFiles('#add-roster', join(ROOT, 'fixtures/hai-duong-don-vi.json'));
      expect(await page.textContent('#add-roster-name')).toBe('hai-duong-don-vi.json');
      await page.click('#add-roster-clear');
      expect(await page.textContent('#add-roster-name')).toBe('Chưa chọn tệp nào');
      expect(await page.isVisible('#add-roster-clear')).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('add-roster');
    });
  }, 60_000);
});
