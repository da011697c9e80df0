/** Scorer for 'geoparse': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const task: EvalTask = {
  name: 'geoparse',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'geoparse' is not implemented yet");
  },
  format: () => '',
};
