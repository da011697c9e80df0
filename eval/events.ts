/** Scorer for 'events': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'events',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'events' is not implemented yet");
  },
  format: () => '',
};
