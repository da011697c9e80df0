/** Scorer for 'claims': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'claims',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'claims' is not implemented yet");
  },
  format: () => '',
};
