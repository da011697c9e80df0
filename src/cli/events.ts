/** `newsgraph events` and `newsgraph incidents`: list, filter and export what the store holds. */
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { EventCursor, EventFilter, IncidentCursor, IncidentFilter } from '../store/types.js';
import { openStore, resolveDbLocation } from '../store/index.js';
import { EVENT_COLUMNS, INCIDENT_COLUMNS, csvLine, eventCsvRow, figuresNote, incidentCsvRow } from '../server/csv.js';
import { eventFeature, featureCollection, incidentFeature, jsonLines } from '../server/geojson.js';
import { keysetPages } from '../server/stream.js';
import { intOption, parseArgs, stringOption, UsageError, type ParsedArgs } from './args.js';

const FORMATS = ['table', 'jsonl', 'csv', 'geojson'] as const;
type Format = (typeof FORMATS)[number];

const filterHelp = `  --type T             event type, e.g. "Explosions/Remote violence"
  --from DATE --to DATE   date range (YYYY, YYYY-MM or YYYY-MM-DD; --to is inclusive)
  --country CC         ISO 3166 alpha-2 country code
  --actor A            actor name or knowledge-base id
  --min-fatalities N
  --format F           table (default), jsonl, csv (ACLED column names), geojson
  --out FILE           write there instead of standard output
  --limit N            at most N rows (default: all for exports, 50 for the table)
  --db LOCATION        database (default: $NEWSGRAPH_DB or newsgraph.db)`;

export const eventsHelp = `Usage: newsgraph events [filters] [--format table|jsonl|csv|geojson]

Lists the events stored, one per article that reported them.
  --sub-type S         ACLED sub-event type, e.g. "Air/drone strike"
${filterHelp}`;

export const incidentsHelp = `Usage: newsgraph incidents [filters] [--format table|jsonl|csv|geojson]

Lists incidents: events from many articles fused into one, with every source's figures.
JSONL lines are newsgraph.incident/1 objects.
${filterHelp}`;

function commonFilter(args: ParsedArgs) {
  const date = (name: string) => {
    const v = stringOption(args, name);
    if (v !== undefined && !isCalendarDate(v)) throw new UsageError(`--${name} expects YYYY, YYYY-MM or YYYY-MM-DD, got '${v}'`);
    return v;
  };
  const country = stringOption(args, 'country');
  if (country !== undefined && !/^[A-Za-z]{2}$/.test(country)) throw new UsageError(`--country expects a two-letter ISO code like NG, got '${country}'`);
  const minFatalities = args.options['min-fatalities'] === undefined ? undefined : intOption(args, 'min-fatalities', 0);
  return { type: stringOption(args, 'type'), dateFrom: date('from'), dateTo: date('to'), country, actor: stringOption(args, 'actor'), minFatalities };
}

function formatOf(args: ParsedArgs): Format {
  const f = stringOption(args, 'format') ?? 'table';
  if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`--format expects one of ${FORMATS.join(', ')}, got '${f}'`);
  return f as Format;
}

async function emit(chunks: AsyncIterable<string>, out: string | undefined): Promise<void> {
  const stream: NodeJS.WritableStream = out ? createWriteStream(out) : process.stdout;
  for await (const chunk of chunks) {
    if (!stream.write(chunk)) await new Promise<void>((r) => stream.once('drain', () => r()));
  }
  if (out) {
    stream.end();
    await finished(stream);
  }
}

export async function eventsCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help']);
  if (args.options.help) return console.log(eventsHelp), 0;
  const format = formatOf(args);
  const filter: EventFilter = { ...commonFilter(args), subType: stringOption(args, 'sub-type'), sort: 'date' };
  const limit = intOption(args, 'limit', format === 'table' ? 50 : Number.MAX_SAFE_INTEGER);
  const store = await openStore(resolveDbLocation(stringOption(args, 'db')), { readonly: true });
  try {
    // keyset pages without counts, as the API's exports: OFFSET re-walks every earlier row
    const rows = keysetPages(
      (l, after: EventCursor | undefined) => store.events({ ...filter, limit: l, after, countTotal: false }),
      (last) => ({ value: last.date, article: last.article, event: last.event }),
      limit,
    );
    const out = stringOption(args, 'out');
    if (format === 'csv') await emit(prefixed(csvLine([...EVENT_COLUMNS]), map(rows, eventCsvRow)), out);
    else if (format === 'geojson') await emit(featureCollection(rows, eventFeature), out);
    else if (format === 'jsonl') await emit(jsonLines(rows), out);
    else {
      const total = (await store.events({ ...filter, limit: 1 })).total;
      await emit(map(rows, (e) => `${e.date ?? '????-??-??'}  ${(e.subType ?? e.type).padEnd(34)} ${[e.placeName, e.countryCode].filter(Boolean).join(', ').padEnd(24)} ${e.fatalities ?? '-'} killed  ${e.outlet ?? ''}\n`), out);
      console.error(`${total} event${total === 1 ? '' : 's'}${total > limit ? ` (first ${limit} shown; --limit N for more)` : ''}`);
    }
    return 0;
  } finally {
    await store.close();
  }
}

export async function incidentsCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help']);
  if (args.options.help) return console.log(incidentsHelp), 0;
  const format = formatOf(args);
  const filter: IncidentFilter = commonFilter(args);
  const limit = intOption(args, 'limit', format === 'table' ? 50 : Number.MAX_SAFE_INTEGER);
  const store = await openStore(resolveDbLocation(stringOption(args, 'db')), { readonly: true });
  try {
    const rows = keysetPages(
      (l, after: IncidentCursor | undefined) => store.incidents({ ...filter, limit: l, after, countTotal: false }),
      (last) => ({ dateStart: last.date.start, id: last.id }),
      limit,
    );
    const out = stringOption(args, 'out');
    if (format === 'csv') await emit(prefixed(csvLine([...INCIDENT_COLUMNS]), map(rows, incidentCsvRow)), out);
    else if (format === 'geojson') await emit(featureCollection(rows, incidentFeature), out);
    else if (format === 'jsonl') await emit(jsonLines(rows), out);
    else await emit(map(rows, (i) => `${i.date.start ?? '?'}${i.date.end && i.date.end !== i.date.start ? `..${i.date.end}` : ''}  ${i.subType ?? i.type}${i.place ? ` in ${i.place.name}` : ''} — ${figuresNote(i)}\n`), out);
    return 0;
  } finally {
    await store.close();
  }
}

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day. */
function isCalendarDate(v: string): boolean {
  const m = v.match(/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

async function* map<T>(items: AsyncIterable<T>, f: (t: T) => string): AsyncGenerator<string> {
  for await (const item of items) yield f(item);
}

async function* prefixed(first: string, rest: AsyncIterable<string>): AsyncGenerator<string> {
  yield first;
  yield* rest;
}
