// The built web page (dist/web/cnscd.html) opened from the disk in a real Chromium, driven by playwright-core, with
// the network refused and every request the page makes written down.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { findBrowser, HOW_TO_GET_ONE } from './browser-for-tests.mjs';
import { ROOT } from './cli.js';

export const PAGE = join(ROOT, 'dist', 'web', 'cnscd.html');

export interface OpenPage {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every request the page made, by URL (the page's own file and its blobs among them). */
  requests: string[];
  /** The requests that got past the page's policy onto the network (refused there): there must be none. */
  network: string[];
  /** What the page wrote to its console, and any error it threw. */
  console: string[];
}

/** Chromium, started as a CI container can start it: no sandbox, no GPU, nothing of its own on the network. */
export async function launch(): Promise<Browser> {
  const executablePath = findBrowser();
  if (!executablePath) throw new Error(HOW_TO_GET_ONE);
  return chromium.launch({
    executablePath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // All network refused: any request that got past the page's policy would go to a proxy that is not there.
      '--proxy-server=http://127.0.0.1:9',
      '--proxy-bypass-list=<-loopback>',
    ],
  });
}

/**
 * The page opened from the disk (file://), its worker started; or, given `hosted`, as a static host would serve it at
 * that address (answered here with the page's bytes: nothing listens, nothing else is let through).
 */
export async function openPage(browser: Browser, hosted?: string): Promise<OpenPage> {
  const context = await browser.newContext({ acceptDownloads: true, locale: 'vi-VN' });
  const requests: string[] = [];
  const consoleLines: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // Anything that reaches the network is refused here too, and written down.
  const network: string[] = [];
  await context.route(/^(https?|wss?|ftp):/, (route) => {
    if (hosted && route.request().url() === hosted) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(PAGE) });
    network.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  context.on('websocket' as never, (ws: { url(): string }) => network.push(ws.url()));
  const page = await context.newPage();
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`));
  await page.goto(hosted ?? pathToFileURL(PAGE).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20_000 });
  return { browser, context, page, requests, network, console: consoleLines };
}

/** The requests that went beyond the page itself: not its own file (or address), not a blob it made. */
export function outsideRequests(requests: string[], hosted?: string): string[] {
  const own = hosted ?? pathToFileURL(PAGE).href;
  return requests.filter((url) => url !== own && !url.startsWith('blob:'));
}
