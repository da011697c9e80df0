/** A readable summary of one Analysis, for people at a terminal. */
import type { Analysis } from '../model/analysis.js';

export function formatPretty(a: Analysis): string {
  const lines: string[] = [];
  const head = a.article.title ?? a.article.url ?? a.article.id;
  lines.push(`# ${head}`);
  lines.push(`  ${[a.article.outlet, a.article.published && `published ${a.article.published} (${a.article.publishedFrom})`].filter(Boolean).join(' · ')}`);
  if (a.entities.length) {
    lines.push(`  entities (${a.entities.length}):`);
    for (const e of a.entities.slice(0, 15)) {
      const extra = [e.actor && `actor ${e.actor}`, e.roles.length && `roles: ${e.roles.join('; ')}`].filter(Boolean).join(' · ');
      lines.push(`    ${e.type.padEnd(6)} ${e.name} ×${e.mentions.length}${extra ? `  (${extra})` : ''}`);
    }
  }
  if (a.times.length) lines.push(`  times: ${a.times.slice(0, 10).map((t) => `${t.text} → ${t.value}`).join('; ')}`);
  if (a.places.length) lines.push(`  places: ${a.places.slice(0, 10).map((p) => `${p.text}${p.countryCode ? ` (${p.countryCode}${p.lat !== null ? ` ${p.lat.toFixed(2)},${p.lon!.toFixed(2)}` : ''})` : ''}`).join('; ')}`);
  if (a.quotes.length) {
    lines.push(`  who said what (${a.quotes.length}):`);
    for (const q of a.quotes.slice(0, 8)) {
      const who = q.speaker ? `${q.speaker.text}${q.speaker.role ? `, ${q.speaker.role}` : ''}` : '?';
      lines.push(`    ${who} ${q.cue?.text ?? ''}: ${truncate(q.text, 90)}`);
    }
  }
  if (a.claims.length) {
    lines.push(`  claims (${a.claims.length}):`);
    for (const c of a.claims.slice(0, 8)) lines.push(`    [${c.stance}${c.hedged ? ', hedged' : ''}] ${c.claimant?.text ?? '?'}: ${truncate(c.text, 80)}`);
  }
  if (a.events.length) {
    lines.push(`  events (${a.events.length}):`);
    for (const v of a.events) {
      const bits = [v.subType ?? v.type, v.date.value, v.place?.name, v.fatalities && `${v.fatalities.text} killed`, v.injured && `${v.injured.text} injured`];
      lines.push(`    ${bits.filter(Boolean).join(' · ')}`);
    }
  }
  for (const w of a.warnings) lines.push(`  warning: ${w}`);
  return lines.join('\n');
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
