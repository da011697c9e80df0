/** A worker thread that runs analyze() on the articles the pool sends it. */
import { parentPort } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import type { ArticleInput } from '../model/input.js';

export interface WorkRequest {
  id: number;
  input: ArticleInput;
  options: AnalyzeOptions;
}

export type WorkReply = { id: number; ok: true; analysis: ReturnType<typeof analyze> } | { id: number; ok: false; error: string };

parentPort?.on('message', (req: WorkRequest) => {
  let reply: WorkReply;
  try {
    reply = { id: req.id, ok: true, analysis: analyze(req.input, req.options) };
  } catch (e) {
    reply = { id: req.id, ok: false, error: (e as Error).message };
  }
  parentPort!.postMessage(reply);
});
