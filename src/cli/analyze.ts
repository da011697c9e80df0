/** `newsgraph analyze FILE|DIR|- [--format json|jsonl|pretty]` */
import { analyze } from '../analyze.js';
import { readInputs, DEFAULT_MAX_BYTES } from '../read/index.js';
import { intOption, parseArgs, stringOption, UsageError } from './args.js';
import { formatPretty } from './pretty.js';

export const analyzeHelp = `Usage: newsgraph analyze FILE|DIR|- [--format json|jsonl|pretty] [--published DATE]

Analyses articles (text, HTML, JSONL, RSS/Atom, folders of them, .gz, - for stdin) and
prints one Analysis (schema newsgraph.analysis/1) per article.
  --format F       json (default: indented, one object per article), jsonl, or pretty (a summary for people)
  --published D    publication date for every article (ISO date), overriding what the input says
  --max-bytes N    largest article accepted (default ${DEFAULT_MAX_BYTES})`;

export async function analyzeCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help']);
  if (args.options.help) {
    console.log(analyzeHelp);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError('analyze needs at least one FILE, DIR or -');
  const format = stringOption(args, 'format') ?? 'json';
  if (!['json', 'jsonl', 'pretty'].includes(format)) throw new UsageError(`--format expects json, jsonl or pretty, got '${format}'`);
  const published = stringOption(args, 'published');
  if (published !== undefined && Number.isNaN(Date.parse(published))) throw new UsageError(`--published expects an ISO date like 2023-03-10, got '${published}'`);
  const maxBytes = intOption(args, 'max-bytes', DEFAULT_MAX_BYTES);
  let failed = 0;
  for await (const item of readInputs(args.positionals, { maxBytes })) {
    if (!item.ok) {
      failed++;
      console.error(`newsgraph: ${item.origin}: ${item.error}`);
      continue;
    }
    try {
      const analysis = analyze(item.input, { published });
      if (format === 'jsonl') process.stdout.write(`${JSON.stringify(analysis)}\n`);
      else if (format === 'json') process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
      else process.stdout.write(`${formatPretty(analysis)}\n`);
    } catch (e) {
      failed++;
      console.error(`newsgraph: ${item.input.origin ?? 'input'}: analysis failed: ${(e as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}
