/** Scorer for 'case2021': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'case2021',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'case2021' is not implemented yet");
  },
  format: () => '',
};
