// The web page as its users see it, for the README: dist/web/cnscd.html in Chromium (playwright-core) at 1,280 px,
// given the fixtures. After `npm run build`: node docs/images/make-page-images.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../../test/support/browser-for-tests.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const page = await (await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'vi-VN' })).newPage();
await page.goto(pathToFileURL(join(root, 'dist', 'web', 'cnscd.html')).href);
await page.waitForSelector('body[data-ready="true"]');
await page.setInputFiles('#check-files', join(root, 'fixtures', 'tu-ky-6-thang-2023.xlsx'));
await page.waitForSelector('#check-summary');
await page.click('table.findings a');
await page.waitForTimeout(200);
await page.evaluate(() => window.scrollTo(0, 0));
await page.screenshot({ path: join(here, 'trang-web-kiem-tra.png') });
await page.click('#tab-add');
await page.setInputFiles('#add-folder', join(root, 'fixtures', 'hai-duong-2023'));
await page.setInputFiles('#add-roster', join(root, 'fixtures', 'hai-duong-don-vi.json'));
await page.click('#add-start');
await page.waitForSelector('#add-summary');
await page.locator('#add-summary').scrollIntoViewIfNeeded();
await page.evaluate(() => document.getElementById('add-summary').scrollIntoView());
await page.screenshot({ path: join(here, 'trang-web-tong-hop.png') });
await browser.close();
