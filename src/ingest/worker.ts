/** A worker thread that runs analyze() on the articles the pool sends it. */
import { parentPort, workerData } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import type { ArticleInput } from '../model/input.js';
import { adoptSharedModels, type SharedModels } from './shared-models.js';

export interface WorkerData {
  /** Models the pool loaded once for every thread (absent: this thread loads its own). */
  models?: SharedModels;
}

export interface WorkRequest {
  id: number;
  input: ArticleInput;
  options: AnalyzeOptions;
}

/** Ask for the thread's heap figures (benchmarks). */
export interface MemoryRequest {
  id: number;
  memory: true;
}

export interface ThreadMemory {
  heapUsed: number;
  heapTotal: number;
  external: number;
}

export type WorkReply =
  | { id: number; ok: true; analysis: ReturnType<typeof analyze> }
  | { id: number; ok: false; error: string }
  | { id: number; ok: true; memory: ThreadMemory };

const data = workerData as WorkerData | null;
if (data?.models) adoptSharedModels(data.models);

parentPort?.on('message', (req: WorkRequest | MemoryRequest) => {
  let reply: WorkReply;
  if ('memory' in req) {
    const { heapUsed, heapTotal, external } = process.memoryUsage();
    reply = { id: req.id, ok: true, memory: { heapUsed, heapTotal, external } };
  } else {
    try {
      reply = { id: req.id, ok: true, analysis: analyze(req.input, req.options) };
    } catch (e) {
      reply = { id: req.id, ok: false, error: (e as Error).message };
    }
  }
  parentPort!.postMessage(reply);
});
