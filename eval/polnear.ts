/** Scorer for 'polnear': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'polnear',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'polnear' is not implemented yet");
  },
  format: () => '',
};
