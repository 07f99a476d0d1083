// The chart's painter: resvg, on a thread of its own (chart-worker.ts), given to the render stage at start-up.
import { Worker } from 'node:worker_threads';
import { usePainter, type ChartPicture } from '../render/chart.js';
import { builtScript } from './built-script.js';

/** The chart thread's compiled script; run from the TypeScript sources (tests), the chart is drawn on this thread. */
const workerScript = () => builtScript('./chart-worker.js', import.meta.url);

interface ChartThread {
  worker: Worker;
  /** It failed or stopped before it was asked for a chart. */
  ended: boolean;
}

function startThread(script: URL): ChartThread | null {
  try {
    const thread: ChartThread = { worker: new Worker(script), ended: false };
    const end = () => {
      thread.ended = true;
    };
    thread.worker.once('error', end);
    thread.worker.once('exit', end);
    return thread;
  } catch {
    return null;
  }
}

/** A chart thread started ahead, waiting for its chart. */
let spare: ChartThread | null = null;

/**
 * Start the chart's thread ahead, while the files are read, so that it has loaded resvg by the time the chart is
 * known. Until it is given a chart it does not keep the process alive: a run that ends without a chart (no figures,
 * --strict with errors) simply ends.
 */
export function prepareChartThread(): void {
  const script = workerScript();
  if (spare || !script) return;
  spare = startThread(script);
  spare?.worker.unref();
}

/**
 * Drawn on a thread of its own (chart-worker.ts), drawing and PNG encoding both: the report's other work goes on
 * meanwhile. Should the thread not start, the chart is drawn on this one; what resvg says of a chart it cannot
 * draw is passed on as it is.
 */
async function drawChart(svg: string): Promise<ChartPicture> {
  const script = workerScript();
  const here = async () => (await import('./chart-png.js')).svgToPng(svg);
  let thread = spare;
  spare = null;
  if (script && (!thread || thread.ended)) thread = startThread(script);
  if (!thread) return here();
  const { worker } = thread;
  worker.ref();
  const answer = await new Promise<ChartAnswer | null>((resolve) => {
    worker.once('message', (m: ChartAnswer) => resolve(m));
    worker.once('error', () => resolve(null));
    worker.once('exit', () => resolve(null));
    worker.postMessage(svg);
  });
  if (answer === null) return here();
  if (!answer.ok) throw new Error(answer.message);
  return { png: Buffer.from(answer.png.buffer, answer.png.byteOffset, answer.png.byteLength), width: answer.width, height: answer.height };
}

type ChartAnswer = { ok: true; png: Uint8Array; width: number; height: number } | { ok: false; message: string };

usePainter(drawChart);
