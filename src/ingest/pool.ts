/**
 * Runs analyze() on N worker threads (or in this thread when N <= 1). analyze() is pure and
 * synchronous, so threads are the way to use every core; the caller stays the only writer.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { analyze, type AnalyzeOptions } from '../analyze.js';
import type { Analysis } from '../model/analysis.js';
import type { ArticleInput } from '../model/input.js';
import type { SharedModels } from './shared-models.js';
import type { MemoryRequest, ThreadMemory, WorkerData, WorkReply, WorkRequest } from './worker.js';

export interface Analyzer {
  readonly size: number;
  analyze(input: ArticleInput, options: AnalyzeOptions): Promise<Analysis>;
  close(): Promise<void>;
  /** Heap figures of each analysis thread (benchmarks); absent when analysis runs inline. */
  threadMemory?(): Promise<ThreadMemory[]>;
}

export function createAnalyzer(threads: number): Analyzer {
  return threads <= 1 ? inlineAnalyzer() : new WorkerPool(threads);
}

/**
 * Analysing in this thread, whose heap has no cap, V8 let the heap grow to ~4x its live size
 * (peak RSS 560 MB over 10,000 articles). Growing by at most 50% per major GC kept it lower
 * (1,000 articles: 340 against 423 MB) for the same CPU time (32.7 vs 32.1 s). V8 flags are
 * process-wide; this one is read at every GC, so setting it now takes effect.
 */
function boundHeapGrowth(percent: number): void {
  setFlagsFromString(`--heap-growing-percent=${percent}`);
}

/**
 * Analysis threads: V8 sizes an isolate's next GC limit by a factor that grows with its cap
 * (x1.53 of the live heap at the 512 MB cap, x1.3 at 256 MB). 30% keeps the 512 MB cap for giant
 * articles with the small factor: 2 threads, 1,000 articles, peak RSS 419/423 MB against 465/431 MB
 * with V8's own factor (256 MB cap: 413/419) at load 11-14; at load 3-6, 437-441 against 456-487
 * MB. Its CPU cost is not resolved by those runs: 38.2 against 36.0 CPU-ms per article (means of
 * 6 and 4 runs, each spread +-4 ms). NEWSGRAPH_THREAD_HEAP_GROWTH_PERCENT overrides (measuring).
 */
const THREAD_HEAP_GROWTH_PERCENT = Number(process.env.NEWSGRAPH_THREAD_HEAP_GROWTH_PERCENT) || 30;

function inlineAnalyzer(): Analyzer {
  boundHeapGrowth(50);
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

/**
 * Heap limits of each analysis thread. Old generation: the models leave ~70 MB live per thread
 * (their big tables are shared, outside the heap); 512 MB leaves room for a giant article.
 * Young generation: 8 MB instead of V8's default (up to 48). Measured on 1,000 articles with
 * 2 threads: 16 MB took peak RSS 554 -> 511 MB (CPU 42.2 vs 42.5 s); 8 MB against the
 * default, three runs each: 477-513 against 529-536 MB, CPU within 2%. Again (two runs each,
 * load 10-13, 2 MB SQLite cache): 8 MB 411/412 MB at 31.8/33.7 CPU-ms per article, 16 MB 421/446
 * at 34.2/34.7, 32 MB 465/478 at 31.3/32.7: a bigger young generation bought no measurable CPU.
 */
const WORKER_OLD_MB = 512;
const WORKER_YOUNG_MB = 8;

/** NEWSGRAPH_THREAD_HEAP_MB / NEWSGRAPH_THREAD_YOUNG_MB override the limits (for measuring). */
function workerLimits(): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  return {
    maxOldGenerationSizeMb: Number(process.env.NEWSGRAPH_THREAD_HEAP_MB) || WORKER_OLD_MB,
    maxYoungGenerationSizeMb: Number(process.env.NEWSGRAPH_THREAD_YOUNG_MB) || WORKER_YOUNG_MB,
  };
}

type Pending = { resolve: (value: Analysis | ThreadMemory) => void; reject: (e: Error) => void; worker: Worker };

class WorkerPool implements Analyzer {
  private readonly workers: Worker[] = [];
  private readonly load = new Map<Worker, number>();
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  private closing = false;
  private workerData: WorkerData = {};
  /** Settles once the shared models are loaded and the threads started. */
  private readonly ready: Promise<void>;

  constructor(readonly size: number) {
    boundHeapGrowth(THREAD_HEAP_GROWTH_PERCENT);
    this.ready = loadSharedModels().then((models) => {
      this.workerData = { models };
      for (let i = 0; i < size; i++) this.spawn();
    });
    this.ready.catch(() => {}); // reported by analyze(); not an unhandled rejection meanwhile
  }

  private spawn(): void {
    // V8 grows a heap lazily when nothing presses on it: measured, an uncapped analysis thread's
    // peak RSS crept up with every 1,000 articles, while capped at 256 MB it stayed flat (336 MB
    // for the whole process). The cap bounds memory per thread, whatever the corpus size.
    const w = startThread('worker', { resourceLimits: workerLimits(), workerData: this.workerData });
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

  async analyze(input: ArticleInput, options: AnalyzeOptions): Promise<Analysis> {
    await this.ready;
    const worker = this.leastLoaded();
    const id = this.nextId++;
    this.load.set(worker, this.load.get(worker)! + 1);
    return this.ask<Analysis>(worker, { id, input, options } satisfies WorkRequest);
  }

  async threadMemory(): Promise<ThreadMemory[]> {
    await this.ready;
    return Promise.all(this.workers.map((w) => {
      const id = this.nextId++;
      this.load.set(w, this.load.get(w)! + 1);
      return this.ask<ThreadMemory>(w, { id, memory: true } satisfies MemoryRequest);
    }));
  }

  private ask<T extends Analysis | ThreadMemory>(worker: Worker, request: WorkRequest | MemoryRequest): Promise<T> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve: resolve as (value: Analysis | ThreadMemory) => void, reject, worker });
      worker.postMessage(request);
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
    if (!reply.ok) p.reject(new Error(reply.error));
    else p.resolve('memory' in reply ? reply.memory : reply.analysis);
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
    await this.ready.catch(() => {});
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** A thread running ./NAME.js (or ./NAME.ts under tsx, which then needs the tsx loader too). */
function startThread(name: string, options: WorkerOptions): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./${name}${fromSource ? '.ts' : '.js'}`, import.meta.url);
  return fromSource
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { ...options, eval: true })
    : new Worker(url, options);
}

/**
 * The models every analysis thread shares, loaded in a short-lived thread of their own.
 * WHY: parsing them leaves tens of MB of garbage, which in this thread would swell its heap
 * for the whole run; the loader's heap goes away with it, and only the SharedArrayBuffers
 * (and a few MB of strings) come back.
 */
function loadSharedModels(): Promise<SharedModels> {
  return new Promise((resolve, reject) => {
    const loader = startThread('model-loader', {});
    let models: SharedModels | null = null;
    loader.once('message', (m: SharedModels) => (models = m));
    loader.once('error', (err) => reject(new Error(`loading the shared models failed: ${err.message}`)));
    loader.once('exit', (code) => (models ? resolve(models) : reject(new Error(`the model loading thread exited (code ${code}) without models`))));
  });
}
