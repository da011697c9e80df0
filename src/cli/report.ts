/** `newsgraph report`: what the database holds, for a person — actors, events, who said what, incidents. */
import type { Store } from '../store/types.js';
import { openStore, resolveDbLocation } from '../store/index.js';
import { intOption, parseArgs, stringOption } from './args.js';

export const reportHelp = `Usage: newsgraph report [--db FILE] [--limit N]

A readable summary of the database: counts, the most mentioned actors, events, who said
what, claims and denials, and incidents with every source's figures.`;

export async function reportCommand(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['help']);
  if (args.options.help) {
    console.log(reportHelp);
    return 0;
  }
  const store = await openStore(resolveDbLocation(stringOption(args, 'db')));
  try {
    console.log(await buildReport(store, intOption(args, 'limit', 10)));
    return 0;
  } finally {
    await store.close();
  }
}

export async function buildReport(store: Store, limit: number): Promise<string> {
  const out: string[] = [];
  const s = await store.stats();
  out.push(`${s.articles} articles from ${Object.keys(s.outlets).length} outlets${s.firstPublished ? `, published ${s.firstPublished.slice(0, 10)} to ${s.lastPublished?.slice(0, 10)}` : ''}`);
  out.push(`found ${s.entities} entities (${s.mentions} mentions), ${s.times} time expressions, ${s.places} places, ${s.quotes} quotes, ${s.claims} claims, ${s.events} events, ${s.incidents} incidents`);

  const actors = await store.entities({ limit });
  if (actors.items.length) {
    out.push('', 'Most mentioned:');
    for (const e of actors.items) {
      out.push(`  ${e.type.padEnd(6)} ${e.name}${e.actor ? ` [${e.actor}]` : ''} — ${e.articles} article${e.articles === 1 ? '' : 's'}, ${e.mentions} mentions${e.roles.length ? `; ${e.roles.slice(0, 3).join('; ')}` : ''}`);
    }
  }
  const events = await store.events({ limit, sort: '-fatalities' });
  if (events.items.length) {
    out.push('', `Events (${events.total}; deadliest first):`);
    for (const v of events.items) {
      const killed = v.fatalities !== null ? `${v.fatalitiesQualifier === 'at-least' ? '≥' : v.fatalitiesQualifier === 'over' ? '>' : ''}${v.fatalities} killed` : '';
      const who = v.actors.map((a) => `${a.role}: ${a.name ?? a.text}`).join(', ');
      out.push(`  ${v.date ?? '????-??-??'}  ${v.subType ?? v.type}${v.placeName ? ` in ${v.placeName}${v.countryCode ? ` (${v.countryCode})` : ''}` : ''}${killed ? ` — ${killed}` : ''}${who ? ` — ${who}` : ''}  [${v.outlet ?? v.article}]`);
    }
  }
  const quotes = await store.quotes({ limit });
  if (quotes.items.length) {
    out.push('', `Who said what (${quotes.total} quotes):`);
    for (const q of quotes.items) {
      const who = q.speakerName ?? q.speaker ?? 'unattributed';
      out.push(`  ${who}${q.speakerRole ? ` (${q.speakerRole})` : ''} ${q.cue ?? ''}: ${clip(q.text, 100)}`);
    }
  }
  const claims = await store.claims({ limit });
  if (claims.items.length) {
    out.push('', `Claims (${claims.total}):`);
    for (const c of claims.items) {
      // sources run outermost first and the outermost is usually the claimant itself: show who it cites
      const cited = c.sources.slice(1);
      out.push(`  [${c.stance}${c.hedged ? ', hedged' : ''}] ${c.claimantName ?? c.claimant ?? '?'}${cited.length ? ` (citing ${cited.join(', ')})` : ''}: ${clip(c.text, 90)}`);
    }
  }
  const incidents = await store.incidents({ limit });
  if (incidents.items.length) {
    out.push('', `Incidents (${incidents.total}):`);
    for (const i of incidents.items) {
      const f = i.fatalities;
      const figures = f ? ` — ${f.min === f.max ? f.min : `${f.min} to ${f.max}`} killed; ${f.bySource.map((b) => `${b.outlet ?? b.article}: ${b.value}`).join(', ')}` : '';
      out.push(`  ${i.date.start ?? '?'}  ${i.subType ?? i.type}${i.place ? ` in ${i.place.name}` : ''}${figures} (${i.reports.length} report${i.reports.length === 1 ? '' : 's'})`);
    }
  }
  return out.join('\n');
}

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}
