// src/data/sniffEncoding.ts: empty, binary, UTF-8, UTF-16 (BOM or not), GB18030.
import { describe, it, expect } from 'vitest';
import { sniffBytes, decodeText } from '../../src/data/sniffEncoding.ts';

const utf16 = (s: string, le: boolean, bom: boolean) => {
  const out: number[] = bom ? (le ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.push(...(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
};
// "名称,经度,纬度\n" in GB18030 (GBK), as Excel on a Chinese Windows saves it.
const GBK = new Uint8Array([
  0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbe, 0xad, 0xb6, 0xc8, 0x2c, 0xce, 0xb3, 0xb6, 0xc8, 0x0a, 0x41, 0x2c, 0x31, 0x31, 0x33, 0x2c, 0x32, 0x33, 0x0a,
]);

describe('sniffBytes', () => {
  it('calls an empty file or a bare BOM empty', () => {
    expect(sniffBytes(new Uint8Array())).toEqual({ kind: 'empty' });
    expect(sniffBytes(new Uint8Array([0xef, 0xbb, 0xbf]))).toEqual({ kind: 'empty' });
  });
  it('recognises binary files renamed .csv', () => {
    expect(sniffBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toEqual({ kind: 'binary', what: 'PNG' });
    expect(sniffBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]))).toEqual({ kind: 'binary', what: 'ZIP/XLSX' });
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    expect(sniffBytes(noise).kind).toBe('binary');
  });
  it('reads UTF-8 with and without a BOM', () => {
    const b = new TextEncoder().encode('name,lon,lat\n公司,113,23\n');
    expect(sniffBytes(b)).toEqual({ kind: 'text', encoding: 'utf-8', bom: false });
    expect(sniffBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...b]))).toEqual({ kind: 'text', encoding: 'utf-8', bom: true });
  });
  it('does not take a UTF-8 character cut at the end of the head for GB18030', () => {
    const b = new TextEncoder().encode('name,lon,lat\n公司');
    expect(sniffBytes(b.subarray(0, b.length - 1))).toMatchObject({ encoding: 'utf-8' });
  });
  it('reads UTF-16 LE and BE, with and without a BOM', () => {
    const s = 'name,lon,lat\r\n公司,113.3,23.1\r\n';
    for (const le of [true, false]) {
      for (const bom of [true, false]) {
        const r = sniffBytes(utf16(s, le, bom));
        expect(r).toEqual({ kind: 'text', encoding: le ? 'utf-16le' : 'utf-16be', bom });
        if (r.kind === 'text') expect(decodeText(utf16(s, le, bom), r.encoding)).toBe(s);
      }
    }
  });
  it('falls back to GB18030 for what is not UTF-8', () => {
    const r = sniffBytes(GBK);
    expect(r).toEqual({ kind: 'text', encoding: 'gb18030', bom: false });
    expect(decodeText(GBK, 'gb18030')).toBe('名称,经度,纬度\nA,113,23\n');
  });
});
