/**
 * Tag sets of the two taggers and which tag may follow which (BIO), shared by training and
 * decoding so every decoded sequence is a valid set of spans.
 */

/** Cue tagger: O, B (cue begins), I (cue goes on). */
export const CUE_TAGS = 3;
export const CUE = { O: 0, B: 1, I: 2 } as const;

/** Role tagger, for one cue: O, B/I-source, B/I-content, X = the cue's own tokens (forced). */
export const ROLE_TAGS = 6;
export const ROLE = { O: 0, BS: 1, IS: 2, BC: 3, IC: 4, X: 5 } as const;

/** allowed[(prev + 1) * T + next], prev = -1 at the unit start. */
function allowedTable(tags: number, ok: (prev: number, next: number) => boolean): Uint8Array {
  const out = new Uint8Array((tags + 1) * tags);
  for (let p = -1; p < tags; p++) for (let t = 0; t < tags; t++) out[(p + 1) * tags + t] = ok(p, t) ? 1 : 0;
  return out;
}

export const CUE_ALLOWED = allowedTable(CUE_TAGS, (p, t) => t !== CUE.I || p === CUE.B || p === CUE.I);
export const ROLE_ALLOWED = allowedTable(ROLE_TAGS, (p, t) =>
  (t !== ROLE.IS || p === ROLE.BS || p === ROLE.IS) && (t !== ROLE.IC || p === ROLE.BC || p === ROLE.IC));

/** Token ranges [start, end) of the spans a BIO sequence marks with begin tag b and inside tag i. */
export function spansOf(tags: ArrayLike<number>, b: number, i: number, offset: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let k = 0; k < tags.length; k++) {
    if (tags[k] === b) out.push([offset + k, offset + k + 1]);
    else if (tags[k] === i && out.length) out[out.length - 1]![1] = offset + k + 1;
  }
  return out;
}
