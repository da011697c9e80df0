/**
 * Turn what a person types into a safe full-text query. Raw FTS syntax from users is an
 * error waiting to happen ("AND" at the end, an unbalanced quote), so we keep only words,
 * "quoted phrases" and trailing-* prefixes, and AND them together.
 */
export function toFtsQuery(input: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (const m of input.matchAll(re)) {
    if (m[1] !== undefined) {
      const words = m[1].match(/[\p{L}\p{N}]+/gu);
      if (words?.length) parts.push(`"${words.join(' ')}"`);
      continue;
    }
    const raw = m[2]!;
    const prefix = raw.endsWith('*');
    for (const w of raw.match(/[\p{L}\p{N}]+/gu) ?? []) parts.push(`"${w}"${prefix ? '*' : ''}`);
  }
  return parts.length ? parts.join(' ') : null;
}
