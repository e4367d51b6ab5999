// The poster's legends in real Chromium, on the real canvas: every corridor and kind shown, in Chinese and
// in English, on a laptop and on a phone — no legend entry over another, each label inside its box as the
// canvas measures it, everything inside the image. (The layout itself is tested in Node: posterLayout.test.ts.)
import { describe, it, expect } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { openBrowser, openApp, hooks, MAP_READY_TIMEOUT } from './harness.ts';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

describe('poster legends', () => {
  for (const size of SIZES) {
    it(`lay out apart in both languages at ${size.width}×${size.height}`, async () => {
      const s = await openBrowser(size);
      try {
        for (const lang of ['en', 'zh'] as const) {
          // The whole corridor network is shown: the four corridors' long names are all on the poster.
          await openApp(s, `lang=${lang}&view=113.3,23.15,9`);
          // On a phone the export sits in the top bar's menu.
          const menu = s.page.locator('.menu-toggle');
          if (await menu.isVisible()) await menu.click();
          const [download] = await Promise.all([
            s.page.waitForEvent('download', { timeout: MAP_READY_TIMEOUT }),
            s.page.locator('button[aria-label^="导出图片"], button[aria-label^="Export image"]').first().click(),
          ]);
          const poster = (await hooks(s.page, ({ w }) => w.__poster))!;
          expect(poster.corridors?.length).toBe(4);
          const boxes = poster.legendBoxes!;
          expect(boxes.filter((b) => b.block === 'corridors').length).toBe(4);
          // Each label's lines measured again on a canvas of the page, in the poster's own font.
          const unit = Math.max(12, Math.round(poster.width / 90));
          const widths = await s.page.evaluate(
            ({ boxes, unit }) => {
              const g = document.createElement('canvas').getContext('2d')!;
              g.font = `400 ${unit}px 'PingFang SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', system-ui, sans-serif`;
              return boxes.map((b) => b.lines.map((l) => g.measureText(l.text).width));
            },
            { boxes, unit },
          );
          boxes.forEach((a, i) => {
            expect(a.x).toBeGreaterThanOrEqual(0);
            expect(a.x + a.w).toBeLessThanOrEqual(poster.width);
            expect(a.y + a.h).toBeLessThanOrEqual(poster.height);
            if (a.index >= 0) for (const w of widths[i]!) expect(a.textX + w).toBeLessThanOrEqual(a.x + a.w + 0.5);
            for (const b of boxes.slice(i + 1)) {
              const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
              expect(apart, `${lang} ${size.width}: ${a.block}[${a.index}] “${a.lines[0]?.text}” over ${b.block}[${b.index}] “${b.lines[0]?.text}”`).toBe(true);
            }
          });
          mkdirSync('test-results/screenshots', { recursive: true });
          copyFileSync((await download.path())!, `test-results/screenshots/poster-legend-${lang}-${size.width}.png`);
        }
        expect(s.errors).toEqual([]);
      } finally {
        await s.close();
      }
    });
  }
});
