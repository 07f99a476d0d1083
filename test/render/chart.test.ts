import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { barChartPng, barChartSvg, CHART_FONT, titleLines } from '../../src/render/chart.js';
import { svgToPng } from '../../src/node/chart-png.js';
import '../../src/node/chart-thread.js';
import { DISTRICTS, ROSTER } from '../support/aggregate.js';
import { cnscd, ROOT } from '../support/cli.js';
import { tempDir } from '../support/files.js';

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

const chart = {
  title: 'Số tài khoản DVCTT và VNeID được tạo, theo đơn vị',
  categories: ['Huyện Thanh Miện', 'Thị xã Kinh Môn', 'Huyện Ỹ Ỗ'],
  series: [
    { label: 'Tài khoản DVCTT', values: [35242, 9235, null] },
    { label: 'Tài khoản VNeID', values: [119612, 4235, 0] },
  ],
};

describe('the chart', () => {
  it('draws one bar per unit and indicator, labelled in Vietnamese figures, "-" for not reported', () => {
    const svg = barChartSvg(chart);
    expect(svg).toContain('>Huyện Thanh Miện<');
    expect(svg).toContain('>119.612<');
    expect(svg).toContain('>35.242<');
    expect((svg.match(/>-</g) ?? []).length).toBe(1);
    expect((svg.match(/<rect [^>]*fill="#(1f5fa8|e07b1a)"/g) ?? []).length).toBe(2 + 5); // 2 legend keys, 5 reported bars
    expect(svg).toContain('>120.000<'); // a round axis just above 119.612
  });

  it('breaks a title too long for the picture into lines that fit, and moves the rest down', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const require = createRequire(import.meta.url);
    const fontFiles = ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
    // The width of a line of the title as resvg draws it, on a canvas wide enough to hold it whole.
    const drawnWidth = (line: string) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="6000" height="100" font-family="${CHART_FONT}"><text x="3000" y="50" font-size="34" font-weight="bold" text-anchor="middle">${line}</text></svg>`,
        {
          font: { fontFiles, loadSystemFonts: false, defaultFontFamily: CHART_FONT },
        },
      ).innerBBox()!.width;
    for (const title of [
      'Số tài khoản DVCTT và VNeID được tạo, theo đơn vị (30/3.321 đơn vị có số liệu lớn nhất)',
      'SỐ TÀI KHOẢN DVCTT VÀ VNEID ĐƯỢC TẠO, THEO ĐƠN VỊ HÀNH CHÍNH CẤP XÃ (30/10.599 ĐƠN VỊ CÓ SỐ LIỆU LỚN NHẤT)',
    ]) {
      expect(drawnWidth(title)).toBeGreaterThan(1600); // on one line it would be cut off at both edges
      const svg = barChartSvg({ ...chart, title });
      const lines = [...svg.matchAll(/<text [^>]*font-size="34"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.join(' ')).toBe(title);
      for (const line of lines) expect(drawnWidth(line)).toBeLessThan(1560);
      expect(svg).toContain(`<rect x="430" y="${72 + (lines.length - 1) * 44}" width="26" height="26"`);
    }
    expect(titleLines('Số tài khoản DVCTT và VNeID được tạo, theo đơn vị')).toEqual(['Số tài khoản DVCTT và VNeID được tạo, theo đơn vị']);
    expect(barChartSvg(chart)).toContain('<rect x="430" y="72" width="26" height="26"');
  });

  it('renders to the same PNG every time, with the fonts it ships rather than the machine’s', async () => {
    const a = await barChartPng(chart);
    const b = await barChartPng(chart);
    expect(a.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(a.width).toBe(1600);
    expect(same(a.png, b.png)).toBe(true);
    // Text drawn: a chart with its names and figures blanked differs from the real one.
    const blank = await barChartPng({ ...chart, title: '', categories: ['', '', ''] });
    expect(same(blank.png, a.png)).toBe(false);
  });

  it('is drawn on a thread of its own by the built tool, to the same bytes as on this thread', async () => {
    // Run from the sources (as here), the painter draws on this thread; built, it starts dist/node/chart-worker.js.
    await import(pathToFileURL(join(ROOT, 'dist', 'node', 'chart-thread.js')).href);
    const built = (await import(pathToFileURL(join(ROOT, 'dist', 'render', 'chart.js')).href)) as typeof import('../../src/render/chart.js');
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = ports();
    const drawing = built.barChartPng(chart);
    expect(ports()).toBe(before + 1); // the chart's thread, started at once
    const there = await drawing;
    const here = await svgToPng(barChartSvg(chart));
    expect(Buffer.isBuffer(there.png)).toBe(true);
    expect(same(there.png, here.png)).toBe(true);
    expect([there.width, there.height]).toEqual([here.width, here.height]);
  });

  it('can have its thread started ahead: the chart is then drawn there, and a run with no chart is not kept waiting', async () => {
    const url = pathToFileURL(join(ROOT, 'dist', 'node', 'chart-thread.js')).href;
    const thread = (await import(`${url}?ahead`)) as typeof import('../../src/node/chart-thread.js');
    const built = (await import(pathToFileURL(join(ROOT, 'dist', 'render', 'chart.js')).href)) as typeof import('../../src/render/chart.js');
    const another = { ...chart }; // not the chart drawn before, which is remembered
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    // Threads are numbered in the order they are made: a probe thread's number tells how many were made before it.
    const probe = async () => {
      const w = new Worker('', { eval: true });
      const id = w.threadId;
      await w.terminate();
      return id;
    };
    const first = await probe();
    const before = ports();
    thread.prepareChartThread();
    thread.prepareChartThread(); // one spare at most
    expect(ports()).toBe(before); // started, but not holding anything open
    const drawing = built.barChartPng(another);
    expect(ports()).toBe(before + 1); // the spare, now held open for its answer
    expect(same((await drawing).png, (await svgToPng(barChartSvg(chart))).png)).toBe(true);
    expect(await probe()).toBe(first + 2); // one chart thread was made in all: the spare drew the chart
    // A process that starts the thread and never asks for a chart ends by itself, at once.
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', `(await import(${JSON.stringify(url)})).prepareChartThread(); console.log('done')`], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(run.signal).toBeNull();
    expect([run.status, run.stdout.trim()]).toEqual([0, 'done']);
  });

  it('goes into the report as a picture with its title as alternative text, unless --no-chart', async () => {
    const withChart = tempDir();
    expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', withChart]).code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(withChart, 'bao-cao.docx')));
    const media = Object.keys(zip.files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const doc = await zip.file('word/document.xml')!.async('string');
    // Numbered, and named in the text before it.
    expect(doc).toContain('descr="Biểu đồ 1. Số tài khoản DVCTT và VNeID được tạo, theo đơn vị"');
    expect(doc).toContain('Kết quả của từng đơn vị được thể hiện tại Biểu đồ 1.');
    const without = tempDir();
    expect(cnscd(['aggregate', DISTRICTS, '--roster', ROSTER, '--out', without, '--no-chart']).code).toBe(0);
    const plain = await JSZip.loadAsync(readFileSync(join(without, 'bao-cao.docx')));
    expect(Object.keys(plain.files).filter((n) => n.startsWith('word/media/'))).toEqual([]);
  });
});
