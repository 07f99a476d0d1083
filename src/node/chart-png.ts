import { createRequire } from 'node:module';

import { CHART_FONT, type ChartPicture } from '../render/chart.js';

/** The fonts shipped with the tool (DejaVu Serif has every Vietnamese letter, and sits with the report's Times New Roman), so the chart never depends on the machine. */
function fontFiles(): string[] {
  const require = createRequire(import.meta.url);
  return ['DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
}

/**
 * A chart's SVG drawn to PNG by resvg, with only the shipped fonts. resvg draws on a thread of its own; encoding
 * the PNG (tens of milliseconds for a country's chart) happens on the calling thread.
 */
export async function svgToPng(svg: string): Promise<ChartPicture> {
  const { renderAsync } = await import('@resvg/resvg-js');
  const image = await renderAsync(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: CHART_FONT },
    fitTo: { mode: 'original' },
  });
  return { png: image.asPng(), width: image.width, height: image.height };
}
