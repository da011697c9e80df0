/** Scorer for 'ecbplus': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'ecbplus',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'ecbplus' is not implemented yet");
  },
  format: () => '',
};
