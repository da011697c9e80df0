/** Scorer for 'extraction': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'extraction',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'extraction' is not implemented yet");
  },
  format: () => '',
};
