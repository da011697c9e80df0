/** Scorer for 'muc': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'muc',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'muc' is not implemented yet");
  },
  format: () => '',
};
