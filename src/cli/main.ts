/** The `newsgraph` command: dispatches to one module per command. */
import { UsageError } from './args.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<(argv: string[]) => Promise<number>> }> = {
  analyze: { summary: 'analyse articles and print Analysis JSON', load: async () => (await import('./analyze.js')).analyzeCommand },
  ingest: { summary: 'analyse articles and store them (SQLite by default)', load: async () => (await import('./ingest.js')).ingestCommand },
  worker: { summary: 'take ingest jobs from the PostgreSQL queue (distributed ingest)', load: async () => (await import('./worker.js')).workerCommand },
  watch: { summary: 'follow feeds, pages and folders on a schedule and ingest what is new', load: async () => (await import('./watch.js')).watchCommand },
  search: { summary: 'full-text search over stored articles', load: async () => (await import('./search.js')).searchCommand },
  stats: { summary: 'what the database holds', load: async () => (await import('./search.js')).statsCommand },
  events: { summary: 'list and export events (table, JSONL, ACLED-style CSV, GeoJSON)', load: async () => (await import('./events.js')).eventsCommand },
  incidents: { summary: 'list and export incidents fused across articles', load: async () => (await import('./events.js')).incidentsCommand },
  report: { summary: 'a readable summary of what the database holds', load: async () => (await import('./report.js')).reportCommand },
  eval: { summary: 'score an extractor on a public data set', load: async () => (await import('./eval.js')).evalCommand },
  serve: { summary: 'HTTP API and web UI over a database', load: async () => (await import('./serve.js')).serveCommand },
};

export const mainHelp = () => `Usage: newsgraph COMMAND [options]   (newsgraph COMMAND --help for details)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`)
  .join('\n')}`;

export function registerCommand(name: string, summary: string, load: () => Promise<(argv: string[]) => Promise<number>>): void {
  COMMANDS[name] = { summary, load };
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(mainHelp());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`newsgraph: unknown command '${name}'\n\n${mainHelp()}`);
    return 2;
  }
  try {
    return await (await command.load())(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`newsgraph ${name}: ${e.message}\n(see: newsgraph ${name} --help)`);
      return 2;
    }
    console.error(`newsgraph ${name}: ${(e as Error).stack ?? e}`);
    return 1;
  }
}
