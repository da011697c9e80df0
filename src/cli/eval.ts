/** `newsgraph eval TASK --data DIR [--split S] [--json]` */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EVAL_TASKS } from '../../eval/index.js';
import { sharedDataDir } from '../paths.js';
import { intOption, parseArgs, stringOption, UsageError } from './args.js';

export const evalHelp = `Usage: newsgraph eval TASK [--data DIR] [--split SPLIT] [--json] [--limit N]

Scores one extractor on a public data set with the metric its published peers use.
Tasks: ${Object.keys(EVAL_TASKS).join(', ')}
  --data DIR    the data set's folder (default: ../shared/data/<set> beside the checkout)
  --split S     which split to score (default: test; e.g. dev)
  --json        print one JSON object {task, split, n, metrics, seconds} instead of a table
  --limit N     score only the first N documents (a quick check, not a reported figure)`;

export async function evalCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['json', 'help']);
  if (args.options.help) {
    console.log(evalHelp);
    return 0;
  }
  const name = args.positionals[0];
  if (!name) throw new UsageError(`eval needs a TASK: one of ${Object.keys(EVAL_TASKS).join(', ')}`);
  const load = EVAL_TASKS[name];
  if (!load) throw new UsageError(`unknown eval task '${name}': expected one of ${Object.keys(EVAL_TASKS).join(', ')}`);
  const task = await load();
  const data = stringOption(args, 'data') ?? join(sharedDataDir, task.defaultData);
  if (!existsSync(data)) throw new UsageError(`eval ${name}: data folder '${data}' does not exist; pass --data DIR`);
  const limit = args.options.limit === undefined ? undefined : intOption(args, 'limit', 0);
  const result = await task.run({ data, split: stringOption(args, 'split'), limit });
  console.log(args.options.json ? JSON.stringify(result) : task.format(result));
  return 0;
}
