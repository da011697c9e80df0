/**
 * Keyset paging of events: the rows after a cursor in the page order (sort column NULLS LAST,
 * then article, id ascending), so an export of 100k rows reads each row once instead of
 * walking past every earlier row again per page (OFFSET).
 */
import type { EventCursor } from '../types.js';

export interface SortSpec {
  column: 'date' | 'fatalities';
  dir: 'ASC' | 'DESC';
}

export interface KeysetPart {
  /** Conditions ANDed to the filter's WHERE. */
  clause: string;
  params: unknown[];
}

/**
 * The parts of the order after the cursor, each a condition, in page order. A non-null cursor
 * value gives two: the rest of the non-null values (a plain range on the sort column leads it,
 * so an index on that column can seek to the cursor) and then every NULL (they sort last).
 */
export function keysetParts(sort: SortSpec, after: EventCursor): KeysetPart[] {
  const col = `e.${sort.column}`;
  const laterKey = '(e.article > ? OR (e.article = ? AND e.id > ?))';
  const keyParams = [after.article, after.article, after.event];
  if (after.value === null) return [{ clause: `${col} IS NULL AND ${laterKey}`, params: keyParams }];
  const [within, beyond] = sort.dir === 'DESC' ? ['<=', '<'] : ['>=', '>'];
  return [
    { clause: `${col} ${within} ? AND (${col} ${beyond} ? OR ${laterKey})`, params: [after.value, after.value, ...keyParams] },
    { clause: `${col} IS NULL`, params: [] },
  ];
}
