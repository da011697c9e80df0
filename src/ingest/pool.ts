/**
 * Runs analyze() on N worker threads (or in this thread when N <= 1). analyze() is pure and
 * synchronous, so threads are the way to use every core; the caller stays the only writer.
 */
import { Worker } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import type { Analysis } from '../model/analysis.js';
import type { ArticleInput } from '../model/input.js';
import type { WorkReply, WorkRequest } from './worker.js';

export interface Analyzer {
  readonly size: number;
  analyze(input: ArticleInput, options: AnalyzeOptions): Promise<Analysis>;
  close(): Promise<void>;
}

export function createAnalyzer(threads: number): Analyzer {
  return threads <= 1 ? inlineAnalyzer() : new WorkerPool(threads);
}

function inlineAnalyzer(): Analyzer {
  return {
    size: 1,
    async analyze(input, options) {
      // yield to the event loop between articles, or signals (SIGINT) would wait for the whole batch
      await new Promise((resolve) => setImmediate(resolve));
      return analyze(input, options);
    },
    async close() {},
  };
}

/** Old-generation heap of each analysis thread: models take ~150 MB; room left for a 5 MB article. */
const WORKER_HEAP_MB = 512;

type Pending = { resolve: (a: Analysis) => void; reject: (e: Error) => void; worker: Worker };

class WorkerPool implements Analyzer {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  private closing = false;

  constructor(readonly size: number) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): void {
    // under tsx (tests, development) the worker is a .ts file and needs the tsx loader too
    const fromSource = import.meta.url.endsWith('.ts');
    const url = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
    // V8 grows a heap lazily when nothing presses on it: measured, an uncapped analysis thread's
    // peak RSS crept up with every 1,000 articles, while capped at 256 MB it stayed flat (336 MB
    // for the whole process). The cap bounds memory per thread, whatever the corpus size.
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
    const w = fromSource
      ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true, resourceLimits })
      : new Worker(url, { resourceLimits });
    w.on('message', (reply: WorkReply) => this.settle(w, reply));
    w.on('error', (err) => this.failWorker(w, err));
    // a thread that dies (out of memory on a giant article, say) fails its articles and is replaced
    w.on('exit', () => {
      this.failWorker(w, new Error('analysis thread exited'));
      const i = this.workers.indexOf(w);
      if (i >= 0) this.workers.splice(i, 1);
      this.load.delete(w);
      if (!this.closing) this.spawn();
    });
    this.workers.push(w);
    this.load.set(w, 0);
  }

  analyze(input: ArticleInput, options: AnalyzeOptions): Promise<Analysis> {
    const worker = this.leastLoaded();
    const id = this.nextId++;
    this.load.set(worker, this.load.get(worker)! + 1);
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, worker });
      worker.postMessage({ id, input, options } satisfies WorkRequest);
    });
  }

  private leastLoaded(): Worker {
    let best = this.workers[0]!;
    for (const w of this.workers) if (this.load.get(w)! < this.load.get(best)!) best = w;
    return best;
  }

  private settle(worker: Worker, reply: WorkReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    this.pending.delete(reply.id);
    this.load.set(worker, this.load.get(worker)! - 1);
    if (reply.ok) p.resolve(reply.analysis);
    else p.reject(new Error(reply.error));
  }

  private failWorker(worker: Worker, err: Error): void {
    for (const [id, p] of this.pending) {
      if (p.worker !== worker) continue;
      this.pending.delete(id);
      p.reject(new Error(`analysis worker crashed: ${err.message}`));
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
