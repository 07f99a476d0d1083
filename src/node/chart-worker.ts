import { parentPort } from 'node:worker_threads';
import { svgToPng } from './chart-png.js';

/**
 * Draws one chart off the main thread (chart.ts starts it): the main thread writes tong-hop.json meanwhile, and
 * the PNG's encoding, which resvg does on the thread that asks for it, costs it nothing.
 */
const port = parentPort!;
// resvg loaded while the main thread still reads the files (chart.ts starts this thread ahead); a chart sent
// meanwhile waits on the port.
await import('@resvg/resvg-js');
port.once('message', async (svg: string) => {
  try {
    const { png, width, height } = await svgToPng(svg);
    port.postMessage({ ok: true, png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), width, height });
  } catch (error) {
    port.postMessage({ ok: false, message: (error as Error)?.message ?? String(error) });
  }
  port.close();
});
