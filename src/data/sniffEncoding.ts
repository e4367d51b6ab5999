// What a file's first bytes say it is: empty, a binary file renamed .csv (PNG, JPEG, ZIP/xlsx, PDF…),
// or text in UTF-8, UTF-16 (LE/BE, with or without a BOM) or GB18030 (what Excel on a Chinese Windows
// saves a "CSV" in). Pure: bytes in, a verdict out; decodeText() then decodes the whole file.
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export type Sniff = { kind: 'empty' } | { kind: 'binary'; what: string } | { kind: 'text'; encoding: TextEncoding; bom: boolean };

/** Signatures of the binary files people rename or export by mistake. */
const MAGIC: ReadonlyArray<[string, number[]]> = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  // ZIP: also .xlsx / .docx; said as such in the message.
  ['ZIP/XLSX', [0x50, 0x4b, 0x03, 0x04]],
  ['XLS', [0xd0, 0xcf, 0x11, 0xe0]],
  ['GZIP', [0x1f, 0x8b]],
  ['WEBP/RIFF', [0x52, 0x49, 0x46, 0x46]],
];

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.length <= b.length && sig.every((v, i) => b[i] === v);

/** How many bytes of the head to look at (enough for a header and a few rows). */
export const SNIFF_BYTES = 64 * 1024;

/**
 * @param head the first bytes of the file (up to SNIFF_BYTES; more is ignored)
 */
export function sniffBytes(head: Uint8Array): Sniff {
  const b = head.subarray(0, SNIFF_BYTES);
  if (b.length === 0) return { kind: 'empty' };
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return b.length === 3 ? { kind: 'empty' } : { kind: 'text', encoding: 'utf-8', bom: true };
  if (startsWith(b, [0xff, 0xfe])) return b.length === 2 ? { kind: 'empty' } : { kind: 'text', encoding: 'utf-16le', bom: true };
  if (startsWith(b, [0xfe, 0xff])) return b.length === 2 ? { kind: 'empty' } : { kind: 'text', encoding: 'utf-16be', bom: true };
  for (const [what, sig] of MAGIC) if (startsWith(b, sig)) return { kind: 'binary', what };

  // UTF-16 without a BOM: ASCII text has a NUL in every other byte (odd positions for LE, even for BE).
  let nulEven = 0;
  let nulOdd = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0) i % 2 === 0 ? nulEven++ : nulOdd++;
  const half = b.length / 2;
  if (nulOdd > half * 0.3 && nulEven < half * 0.05) return { kind: 'text', encoding: 'utf-16le', bom: false };
  if (nulEven > half * 0.3 && nulOdd < half * 0.05) return { kind: 'text', encoding: 'utf-16be', bom: false };
  if (nulEven + nulOdd > 0) return { kind: 'binary', what: 'binary' };

  // UTF-8 if it decodes strictly (streaming, so a character cut at the end of the head is not an error).
  let text: string;
  let encoding: TextEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(b, { stream: true });
  } catch {
    encoding = 'gb18030';
    text = new TextDecoder('gb18030').decode(b, { stream: true });
  }
  // Text has few control characters besides tab, CR and LF; binary data has many.
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) control++;
  }
  if (control > Math.max(2, text.length * 0.01)) return { kind: 'binary', what: 'binary' };
  return { kind: 'text', encoding, bom: false };
}

/** The whole file as text, without its BOM. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
