import { formatCount } from '../i18n/format.js';
import { wrap } from './wrap.js';
import { xmlEscape } from './xml-safe.js';

export interface ChartSeries {
  label: string;
  /** One value per category; null when the unit did not report it. */
  values: (number | null)[];
}

/** What a rendered chart is: its PNG and its size in pixels. */
export interface ChartPicture {
  png: Uint8Array;
  width: number;
  height: number;
}

/** The family every chart is drawn in; its files ship with the tool. */
export const CHART_FONT = 'DejaVu Serif';

/** What draws a chart's SVG to PNG: given by the edge (`node/chart-thread.ts`: resvg, on a thread of its own). */
export type ChartPainter = (svg: string) => Promise<ChartPicture>;
let painter: ChartPainter | null = null;

/** Give the stage its painter (once, at start-up, by the edge that has one). */
export function usePainter(p: ChartPainter): void {
  painter = p;
}

export interface BarChart {
  title: string;
  categories: string[];
  series: ChartSeries[];
}

const COLORS = ['#1f5fa8', '#e07b1a', '#2e8b57', '#8e44ad'];
const WIDTH = 1600;
/** The title's size, its lines' spacing, and how many of its characters fit a line: DejaVu Serif Bold at 34 px
 * advances about 20 px a character in Vietnamese text and 23 in capitals, so 66 fit a line of 1,600 either way. */
const TITLE_SIZE = 34;
const TITLE_LINE = 44;
const TITLE_CHARS = 66;

/** The chart's title in lines that fit the picture. */
export function titleLines(title: string): string[] {
  return wrap(title, TITLE_CHARS);
}

/** A round axis maximum (1, 1.2, 1.5, 2 … 8 or 10 times a power of ten), at or above the largest value. */
function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10].map((m) => m * p).find((m) => m >= v)!;
}

/**
 * Horizontal grouped bars, one group per unit (long Vietnamese names read best on the left), the value written
 * at the end of each bar in Vietnamese figures, `-` where a unit did not report.
 */
export function barChartSvg(chart: BarChart): string {
  const barH = 26;
  const gap = 18;
  const groupH = chart.series.length * barH + gap;
  // A title too long for one line (the report's, with "(30/3.321 đơn vị có số liệu lớn nhất)" after it) was cut off
  // at both edges: it goes on as many lines as it needs, and everything below moves down.
  const title = titleLines(chart.title);
  const below = (title.length - 1) * TITLE_LINE;
  const top = 120 + below;
  const left = 430;
  const right = 170;
  const plotW = WIDTH - left - right;
  const height = top + chart.categories.length * groupH + 40;
  const max = niceMax(chart.series.reduce((m, s) => s.values.reduce<number>((n, v) => Math.max(n, v ?? 0), m), 0));
  const x = (v: number) => left + (v / max) * plotW;
  const parts: string[] = [];
  parts.push(`<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`);
  title.forEach((line, i) => {
    parts.push(`<text x="${WIDTH / 2}" y="${48 + i * TITLE_LINE}" font-size="${TITLE_SIZE}" font-weight="bold" text-anchor="middle">${xmlEscape(line)}</text>`);
  });
  let lx = left;
  chart.series.forEach((s, i) => {
    parts.push(`<rect x="${lx}" y="${72 + below}" width="26" height="26" fill="${COLORS[i % COLORS.length]}"/>`);
    parts.push(`<text x="${lx + 36}" y="${94 + below}" font-size="24">${xmlEscape(s.label)}</text>`);
    lx += 60 + s.label.length * 14;
  });
  for (let t = 0; t <= 4; t++) {
    const v = (max / 4) * t;
    const gx = x(v);
    parts.push(`<line x1="${gx}" y1="${top - 6}" x2="${gx}" y2="${height - 34}" stroke="#d0d0d0" stroke-width="1"/>`);
    parts.push(`<text x="${gx}" y="${height - 8}" font-size="20" text-anchor="middle" fill="#555555">${xmlEscape(formatCount(Math.round(v), 'vi'))}</text>`);
  }
  chart.categories.forEach((name, c) => {
    const gy = top + c * groupH;
    parts.push(`<text x="${left - 14}" y="${gy + (chart.series.length * barH) / 2 + 8}" font-size="24" text-anchor="end">${xmlEscape(name)}</text>`);
    chart.series.forEach((s, i) => {
      const v = s.values[c] ?? null;
      const y = gy + i * barH;
      if (v !== null)
        parts.push(`<rect x="${left}" y="${y + 2}" width="${Math.max(1, x(v) - left)}" height="${barH - 4}" fill="${COLORS[i % COLORS.length]}"/>`);
      parts.push(
        `<text x="${(v === null ? left : x(v)) + 8}" y="${y + barH - 7}" font-size="20" fill="#333333">${v === null ? '-' : xmlEscape(formatCount(v, 'vi'))}</text>`,
      );
    });
  });
  parts.push(`<line x1="${left}" y1="${top - 6}" x2="${left}" y2="${height - 34}" stroke="#333333" stroke-width="2"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${CHART_FONT}">${parts.join('')}</svg>`;
}

const rendered = new WeakMap<BarChart, Promise<ChartPicture>>();

/** Render the chart to PNG with resvg, using only the shipped fonts (once per chart: the report and the workbook share it). */
export function barChartPng(chart: BarChart): Promise<ChartPicture> {
  let png = rendered.get(chart);
  if (!png) {
    png = painter ? painter(barChartSvg(chart)) : Promise.reject(new Error('no chart painter: import node/chart-thread.js'));
    rendered.set(chart, png);
  }
  return png;
}
