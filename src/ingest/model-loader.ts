/** A short-lived thread that loads the shareable models and posts them back (see pool.ts). */
import { parentPort } from 'node:worker_threads';
import { shareModels } from './shared-models.js';

parentPort!.postMessage(shareModels());
