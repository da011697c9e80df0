/**
 * Bytes to text, refusing what is not an article's text: gzip is inflated under a size cap
 * (a gzip bomb stops at the cap instead of filling memory), binary files are recognised by
 * NUL bytes, a page or feed that declares a legacy charset (windows-1252...) is decoded in
 * it, and otherwise invalid UTF-8 is rejected with the byte offset of the first bad sequence
 * rather than silently turned into U+FFFD characters that would end up in the stored text.
 */
import { gunzipSync } from 'node:zlib';

export type Decoded = { ok: true; text: string; gzipped: boolean } | { ok: false; error: string };

const MB = 1024 * 1024;
export const formatBytes = (n: number): string => (n >= MB ? `${(n / MB).toFixed(1)} MB` : `${n} bytes`);

export const isGzip = (buf: Uint8Array): boolean => buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;

/** Inflate with a hard cap on the output; zlib stops as soon as the cap is crossed. */
export function gunzipCapped(buf: Buffer, maxOutput: number): { ok: true; data: Buffer } | { ok: false; error: string } {
  try {
    return { ok: true, data: gunzipSync(buf, { maxOutputLength: maxOutput }) };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      return { ok: false, error: `gzip data expands beyond ${formatBytes(maxOutput)} (from ${formatBytes(buf.length)} compressed): refused as a possible gzip bomb` };
    }
    return { ok: false, error: `corrupt gzip data: ${err.message}` };
  }
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the buffer is valid UTF-8. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i; // overlong or surrogate
    i += need + 1;
  }
  return -1;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The charset a page or feed declares in its first bytes (<meta charset>, http-equiv
 * content-type, <?xml encoding>), when it is not UTF-8. Only a declared charset is
 * honoured: guessing an encoding from byte statistics would hide broken files.
 */
export function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)["']/i.exec(head);
  const charset = m?.[1]?.toLowerCase() ?? null;
  return charset && charset !== 'utf-8' && charset !== 'utf8' ? charset : null;
}

/**
 * windows-1252's 0x80-0x9F (curly quotes, dashes, euro...). WHATWG maps the labels latin1,
 * iso-8859-1 and us-ascii to windows-1252 too, but Node's TextDecoder decodes them as plain
 * ISO-8859-1 (C1 controls), which would turn every “quote” into an invisible control.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const CP1252_LABELS = new Set(['windows-1252', 'cp1252', 'x-cp1252', 'latin1', 'iso-8859-1', 'iso8859-1', 'l1', 'ascii', 'us-ascii']);

function decodeCp1252(buf: Buffer): string {
  let out = '';
  for (let i = 0; i < buf.length; i += 8192) {
    const chunk = buf.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b))).join('');
  }
  return out;
}

function decodeDeclared(buf: Buffer, charset: string): string | null {
  if (CP1252_LABELS.has(charset)) return decodeCp1252(buf);
  try {
    return new TextDecoder(charset).decode(buf);
  } catch {
    return null; // a charset Node does not know: fall back to the UTF-8 check
  }
}

/**
 * The text of `buf` (BOM dropped): UTF-8 when it is valid UTF-8 (a page saved as UTF-8 often
 * keeps a stale legacy <meta charset>, and valid multi-byte UTF-8 is almost never meant as
 * windows-1252); else the charset the document declares; else why it is not text.
 */
export function decodeText(buf: Buffer): { ok: true; text: string } | { ok: false; error: string } {
  const nul = buf.indexOf(0);
  if (nul !== -1) return { ok: false, error: `binary data, not text (NUL byte at offset ${nul})` };
  try {
    return { ok: true, text: fatalUtf8.decode(buf).replace(/^\uFEFF/, '') };
  } catch {
    const charset = declaredCharset(buf);
    const declared = charset ? decodeDeclared(buf, charset) : null;
    if (declared !== null) return { ok: true, text: declared };
    return { ok: false, error: `invalid UTF-8 at byte offset ${firstInvalidUtf8(buf)} (convert the file to UTF-8)` };
  }
}
