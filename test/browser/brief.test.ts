// The one-page brief, printed by Chromium itself (page.pdf, the page's own @page size): a place, a
// district, an action, a target and a responsible unit, each on A4 portrait and on A3 landscape, in both
// languages between them. Each PDF must be one page of the paper chosen, its text (read back with
// poppler's pdftotext) must hold the subject's name and every status its sheet shows, and its QR code,
// read from a rendering of the PDF page (poppler's pdftoppm, decoded with jsQR), must give the link
// to the view the brief was printed from.
import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { englishProse } from '../../src/plan/scriptRuns.ts';
import { openApp, MAP_READY_TIMEOUT, SHOTS, browserPerFile } from './harness.ts';

const POPPLER = spawnSync('pdftotext', ['-v']).status === 0 && spawnSync('pdftoppm', ['-v']).status === 0;
if (!POPPLER) console.warn('brief: pdftotext/pdftoppm (Debian poppler-utils) are not installed: the PDF text and QR read-backs are SKIPPED (CI installs them)');

const CASES = [
  { kind: 'place', hash: 'select=zhongxin-guangzhou-knowledge-city&lang=en', name: 'China-Singapore Guangzhou Knowledge City' },
  { kind: 'district', hash: 'mode=districts&district=黄埔区&lang=zh', name: '黄埔区' },
  { kind: 'action', hash: 'focus=A3&lang=zh', name: '科技成果转移转化行动' },
  { kind: 'target', hash: 'focus=A3-T1&lang=en', name: 'Turnover of technology contracts' },
  { kind: 'unit', hash: 'focus=gz-stb&lang=en', name: 'Guangzhou Municipal Science and Technology Bureau' },
] as const;
/** Page size in PDF points (1/72 in): A4 portrait 595 × 842, A3 landscape 1191 × 842. */
const PAPER = { a4: { w: 595.3, h: 841.9 }, a3: { w: 1190.6, h: 841.9 } } as const;

const squash = (s: string) => s.replace(/\s+/g, '');
const dir = mkdtempSync(join(tmpdir(), 'gz-brief-'));

const s = browserPerFile({ width: 1440, height: 900 });

/** The pixels of a PNG as RGBA, decoded in the page (the tests need no PNG library). */
async function rgba(png: Buffer): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const r = await s.page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const g = c.getContext('2d')!;
    g.drawImage(img, 0, 0);
    return { data: Array.from(g.getImageData(0, 0, img.width, img.height).data), width: img.width, height: img.height };
  }, png.toString('base64'));
  return { data: Uint8ClampedArray.from(r.data), width: r.width, height: r.height };
}

describe('the one-page brief', () => {
  for (const c of CASES) {
    it(`prints the ${c.kind} brief on A4 portrait and A3 landscape, one page each, with its name, its statuses and a QR code of its view`, {
      timeout: 600_000,
    }, async () => {
      await openApp(s, c.hash);
      const link = await s.page.evaluate(() => location.href);
      await s.page.locator('[data-testid="print-brief"]').first().click();
      for (const paper of ['a4', 'a3'] as const) {
        if (paper === 'a3') await s.page.locator('[data-testid="brief-paper-a3"]').check();
        await s.page.waitForFunction(
          (p) => {
            const b = document.querySelector('[data-testid="brief"]');
            return b?.getAttribute('data-ready') === 'true' && b.getAttribute('data-paper') === p;
          },
          paper,
          { timeout: MAP_READY_TIMEOUT },
        );
        const sheet = await s.page.evaluate(() => {
          const el = document.querySelector<HTMLElement>('[data-testid="brief-sheet"]')!;
          const qr = el.querySelector('.b-qr-code')!;
          const box = (e: Element) => {
            // Offsets within the sheet in CSS px, free of the preview's scaling.
            const a = e.getBoundingClientRect();
            const b = el.getBoundingClientRect();
            const k = el.offsetWidth / b.width;
            return { x: (a.x - b.x) * k, y: (a.y - b.y) * k, w: a.width * k, h: a.height * k };
          };
          return {
            title: el.querySelector('[data-testid="brief-title"]')!.textContent ?? '',
            statuses: [...el.querySelectorAll('.b-st')].map((x) => x.textContent ?? ''),
            map: el.querySelector('.b-map')!.getAttribute('data-map'),
            mapImage: !!el.querySelector('.b-map img'),
            clipped: document.querySelector('[data-testid="brief"]')!.getAttribute('data-clipped'),
            // Every text of the sheet with the language it is marked in, as test/browser/bilingual.test.ts reads a panel.
            runs: (() => {
              const out: Array<{ lang: string; text: string }> = [];
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                if ((n.textContent ?? '').trim())
                  out.push({ lang: (n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '').slice(0, 2), text: n.textContent! });
              }
              return out;
            })(),
            qr: box(qr),
          };
        });
        expect(sheet.title).toContain(c.name);
        expect(sheet.map).toBe('ready');
        expect(sheet.mapImage).toBe(true);
        expect(sheet.clipped).toBe('false');
        // Every subject here concerns targets: the sheet shows their status each year.
        expect(sheet.statuses.length).toBeGreaterThan(0);
        // One language at a time: no English prose in the Chinese brief, no Chinese outside names and quotes in the English one.
        const lang = c.hash.endsWith('lang=zh') ? 'zh' : 'en';
        const mixed = sheet.runs.filter(
          (r) => r.lang === lang && (lang === 'zh' ? englishProse(r.text).length > 0 : /[\u3400-\u9fff\uf900-\ufaff]/.test(r.text)),
        );
        expect(
          mixed.map((r) => r.text),
          `${c.kind} ${paper}`,
        ).toEqual([]);

        const pdf = await s.page.pdf({ preferCSSPageSize: true, printBackground: true });
        const file = join(dir, `${c.kind}-${paper}.pdf`);
        writeFileSync(file, pdf);
        // One page (Chromium writes each page object in the clear), of the paper chosen.
        const text = pdf.toString('latin1');
        expect(text.match(/\/Type\s*\/Page\b/g)?.length, `${c.kind} ${paper}: pages`).toBe(1);
        const mediaBox = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
        expect(Number(mediaBox?.[1])).toBeCloseTo(PAPER[paper].w, -1);
        expect(Number(mediaBox?.[2])).toBeCloseTo(PAPER[paper].h, -1);
        if (!POPPLER) continue;

        const printed = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
        expect(printed, `${c.kind} ${paper}: the name`).toContain(squash(c.name));
        for (const st of new Set(sheet.statuses)) expect(printed, `${c.kind} ${paper}: “${st}”`).toContain(squash(st));

        // The QR code, read from the PDF page drawn at 200 dpi (CSS px × 200/96), cropped around where the sheet put it.
        const dpi = 200;
        const k = dpi / 96;
        const m = 40;
        const crop = {
          x: Math.max(0, Math.round(sheet.qr.x * k - m)),
          y: Math.max(0, Math.round(sheet.qr.y * k - m)),
          w: Math.round(sheet.qr.w * k + 2 * m),
          h: Math.round(sheet.qr.h * k + 2 * m),
        };
        const root = file.replace(/\.pdf$/, '-qr');
        execFileSync('pdftoppm', [
          '-r',
          String(dpi),
          '-png',
          '-singlefile',
          '-x',
          String(crop.x),
          '-y',
          String(crop.y),
          '-W',
          String(crop.w),
          '-H',
          String(crop.h),
          file,
          root,
        ]);
        const img = await rgba(readFileSync(`${root}.png`));
        const code = jsQR(img.data, img.width, img.height);
        expect(code?.data, `${c.kind} ${paper}: the QR code`).toBe(link);
        mkdirSync(SHOTS, { recursive: true });
        copyFileSync(file, join(SHOTS, `brief-${c.kind}-${paper}.pdf`));
      }
      // Closing gives the app back, and what opened the brief has the keyboard again.
      await s.page.keyboard.press('Escape');
      await s.page.waitForSelector('[data-testid="brief"]', { state: 'detached' });
      expect(await s.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('print-brief');
      expect(await s.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
      expect(s.errors).toEqual([]);
    });
  }
});
