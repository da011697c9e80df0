/**
 * The evaluation tasks `newsgraph eval TASK` knows. Each task lives in its own module,
 * loaded only when asked for, so one task's data never slows another.
 */
import type { EvalTask } from './types.js';

export const EVAL_TASKS: Record<string, () => Promise<EvalTask>> = {
  extraction: async () => (await import('./extraction.js')).task,
  conll: async () => (await import('./conll.js')).conllTask,
  wikigold: async () => (await import('./conll.js')).wikigoldTask,
  tempeval: async () => (await import('./tempeval.js')).task,
  geoparse: async () => (await import('./geoparse.js')).task,
  polnear: async () => (await import('./polnear.js')).task,
  claims: async () => (await import('./claims.js')).task,
  muc: async () => (await import('./muc.js')).task,
  case2021: async () => (await import('./case2021.js')).task,
  events: async () => (await import('./events.js')).task,
  ecbplus: async () => (await import('./ecbplus.js')).task,
};
