/**
 * chrono-node 2 alone, as the measured baseline the eval and the benchmark compare against
 * (not used by extractTimes). Reference = publication date, UTC, forwardDate off. chrono
 * has no TIMEX3 notion, so the value is cut at the most precise component it is sure of.
 */
import * as chrono from 'chrono-node';
import type { TimeExpression } from '../../model/analysis.js';
import type { Doc } from '../../model/document.js';
import { fmtDay, fmtMonth, fmtTime, fmtYear, parseIsoDay } from './calendar.js';

export function chronoTimes(doc: Doc): TimeExpression[] {
  const day = doc.published ? parseIsoDay(doc.published) : null;
  const instant = day ? new Date(Date.UTC(day.y, day.m - 1, day.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  const results = chrono.parse(doc.text, { instant, timezone: 0 }, { forwardDate: false });
  return results.map((r) => {
    const c = r.start;
    const d = { y: c.get('year') ?? 0, m: c.get('month') ?? 1, d: c.get('day') ?? 1 };
    let type: TimeExpression['type'] = 'DATE';
    let value: string;
    if (c.isCertain('hour')) {
      type = 'TIME';
      value = fmtTime(d, c.get('hour') ?? 0, c.get('minute') ?? 0);
    } else if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month')) value = c.isCertain('month') || c.isCertain('weekday') || c.isCertain('day') ? fmtDay(d) : c.isCertain('year') ? fmtYear(d.y) : fmtDay(d);
    else value = fmtMonth(d.y, d.m);
    return { start: r.index, end: r.index + r.text.length, text: r.text, type, value };
  });
}
