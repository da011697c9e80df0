/** Scorer for 'conll': not written yet; see the issue that owns it. */
import type { EvalTask } from './types.js';

export const conllTask: EvalTask = {
  name: 'conll',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'conll' is not implemented yet");
  },
  format: () => '',
};
export const wikigoldTask: EvalTask = {
  name: 'conll',
  description: 'not implemented yet',
  defaultData: '',
  async run() {
    throw new Error("eval 'conll' is not implemented yet");
  },
  format: () => '',
};
