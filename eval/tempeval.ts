/** Scorer for 'tempeval': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'tempeval',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'tempeval' is not implemented yet");
  },
  format: () => '',
};
