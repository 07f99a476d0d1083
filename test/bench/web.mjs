// The web page's speed (issue 27), as its user meets it: dist/web/cnscd.html opened from the disk in Chromium (driven
// by playwright-core), then one form checked — the time from giving the file to the verdict on the page, best of
// five, the page already loaded — and a folder added up: from the click on "Tổng hợp" to the totals on the page, the
// files already chosen. `npm run bench` prints both beside the command line's time for the same folder.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { findBrowser } from '../support/browser-for-tests.mjs';

/** Undefined when the machine has no browser to drive. */
export async function benchWebPage(root, form, folder, runs) {
  const executablePath = findBrowser();
  if (!executablePath) return undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    // Opening: from asking for the page to its worker ready, best of three fresh tabs.
    const context = await browser.newContext({ acceptDownloads: true });
    let load = Infinity;
    let page;
    for (let i = 0; i < 3; i++) {
      await page?.close();
      page = await context.newPage();
      const t = performance.now();
      await page.goto(pathToFileURL(join(root, 'dist', 'web', 'cnscd.html')).href);
      await page.waitForSelector('body[data-ready="true"]');
      load = Math.min(load, performance.now() - t);
    }
    let validate = Infinity;
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => document.getElementById('check-results').replaceChildren());
      const t = performance.now();
      await page.setInputFiles('#check-files', form);
      await page.waitForSelector('#check-summary');
      validate = Math.min(validate, performance.now() - t);
    }
    await page.click('#tab-add');
    await page.setInputFiles('#add-folder', folder);
    let add = Infinity;
    for (let i = 0; i < runs; i++) {
      await page.evaluate(() => document.getElementById('add-results').replaceChildren());
      const t = performance.now();
      await page.click('#add-start');
      await page.waitForSelector('#add-summary', { timeout: 600_000 });
      add = Math.min(add, performance.now() - t);
    }
    return { loadMs: load, validateMs: validate, addSeconds: add / 1000 };
  } finally {
    await browser.close();
  }
}
