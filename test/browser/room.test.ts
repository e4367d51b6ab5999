// Issue 19, the investor's and the presenter's points, in real Chromium (one browser):
// Districts — the compared districts outlined and framed together, 十三节点/三城一区 once in the
// comparison and its CSV, ranks that follow the sorted column, user layers in their own colours and
// names, a small file in KB, a user point's nearest hubs; Present — overviews without a knot of
// markers, labels never over markers, an opaque card, the English legend in Latin symbols, a node
// chapter with its neighbours labelled, rings clear of the screen's edge.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { openApp, waitForMapIdle, shot, hooks, waitForHooks, browserPerFile, layersRead } from './harness.ts';
import { boundsOf, type Bounds } from '../../src/geo/bounds.ts';
import { LAYER_COLORS } from '../../src/state/userLayers.ts';
import { KINDS } from '../../src/plan/kinds.ts';
import { CLOSING, TOTAL } from './tourChapters.ts';

const s = browserPerFile({ width: 1440, height: 900 });

const districts = JSON.parse(readFileSync(new URL('../../data/districts.geojson', import.meta.url), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { name_zh: string }
>;
const boxOf = (zh: string): Bounds => boundsOf(districts.features.filter((f) => f.properties.name_zh === zh))!;
const COMPARED = ['黄埔区', '南沙区', '天河区'];
const rgb = (hex: string) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;

describe('Districts for the investor', () => {
  it('compares, sorts and imports: marked, framed, once, ranked, named, coloured, sized, and the nearest hubs', async () => {
    const p = s.page;
    await openApp(s, `mode=districts&lang=zh&district=黄埔区&compare=${COMPARED.join(',')}`);
    // The compared districts outlined (and no other), and all three in view (not left on 黄埔区).
    await waitForHooks(
      p,
      ({ w, arg }) => {
        const st = w.__hub.map.districtStates();
        return Object.keys(st).length === 11 && Object.entries(st).every(([d, v]) => v['cmp'] === arg.includes(d));
      },
      COMPARED,
    );
    await waitForMapIdle(p);
    const view = await hooks(p, ({ w }) => w.__hub.map.viewBounds());
    for (const d of COMPARED) {
      const [W, S, E, N] = boxOf(d);
      expect(view[0] <= W && view[1] <= S && view[2] >= E && view[3] >= N, `${d} in view ${view.join(',')}`).toBe(true);
    }
    expect(await p.locator('[data-testid="compare-on-map"]').innerText()).toMatch(/蓝色边框/);
    // 十三节点 and 三城一区 once each (as the kinds), in the table and in its CSV.
    const table = p.locator('[data-testid="compare-table"]');
    const labels = await table.locator('tbody tr[data-section] th').allInnerTexts();
    expect(labels.filter((l) => l === '十三节点')).toHaveLength(1);
    expect(labels.filter((l) => l === '三城一区')).toHaveLength(1);
    expect(new Set(labels).size).toBe(labels.length);
    const [dl] = await Promise.all([p.waitForEvent('download'), p.locator('[data-testid="compare-csv"]').click()]);
    const csv = readFileSync((await dl.path())!, 'utf8');
    const firstCells = csv
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .map((l) => l.split(',')[0]);
    expect(firstCells.filter((c) => c === '十三节点')).toHaveLength(1);
    expect(firstCells.filter((c) => c === '三城一区')).toHaveLength(1);

    // Sorting by a column: the ranks are those of that column (1 first, never falling down the table).
    await p.locator('[data-testid="district-table"] thead th').filter({ hasText: '科研院所' }).locator('button').click();
    await p.waitForFunction(() => document.querySelector('[data-testid="rank-by"]')?.getAttribute('data-rank-key') === 'institutes');
    const ranked = await p
      .locator('[data-testid="district-table"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => ({ rank: Number(tr.querySelector('td.rank')?.textContent), institutes: Number(tr.querySelectorAll('td.num')[3]?.textContent) })),
      );
    expect(ranked[0]!.rank).toBe(1);
    for (let i = 1; i < ranked.length; i++) {
      expect(ranked[i]!.rank).toBeGreaterThanOrEqual(ranked[i - 1]!.rank);
      if (ranked[i]!.institutes === ranked[i - 1]!.institutes) expect(ranked[i]!.rank).toBe(ranked[i - 1]!.rank);
      else expect(ranked[i]!.rank).toBe(i + 1);
    }
    expect(await p.locator('[data-testid="rank-by"]').innerText()).toMatch(/^名次按科研院所排列/);
    await p.locator('[data-testid="compare"]').scrollIntoViewIfNeeded();
    await shot(p, 'room-districts-compare-zh-1440');

    // Two imports of one small file: two names, a size in KB, colours that are not the 十三节点 purple.
    await layersRead(p);
    if ((await p.locator('[data-testid="user-layers"] li.layer').count()) > 0) {
      p.once('dialog', (d) => void d.accept());
      await p.locator('[data-testid="remove-all"]').click();
      await p.waitForFunction(() => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === 0);
    }
    const file = { name: '网点.csv', mimeType: 'text/csv', buffer: Buffer.from('名称,经度,纬度\r\n南沙网点,113.56,22.66\r\n', 'utf8') };
    for (const n of [1, 2]) {
      await p.locator('[data-testid="import-file"]').setInputFiles(file);
      const preview = p.locator('[data-testid="import-preview"]');
      await preview.waitFor();
      const text = await preview.innerText();
      expect(text).toMatch(/（1 KB，/);
      expect(text).not.toMatch(/0 MB|binary/);
      await p.locator('[data-testid="datum-wgs84"]').check();
      await p.locator('[data-testid="import-start"]').click();
      await p.waitForFunction((k) => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === k, n);
    }
    const layers = p.locator('[data-testid="user-layers"] li.layer');
    expect(await layers.evaluateAll((els) => els.map((e) => e.getAttribute('data-name')))).toEqual(['网点', '网点 (2)']);
    const swatches = await p.locator('[data-testid="user-layers"] .layer-swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(swatches[0]).toBe(rgb(LAYER_COLORS[0]));
    expect(swatches).not.toContain(rgb(KINDS.node.color));
    expect(new Set(swatches).size).toBe(2);

    // A user point's card: its nearest 三城一区 and 十三节点, with the distance (as the export has them).
    // Away from any plan place (the south of 南沙区), in the compared districts' view.
    const at: [number, number] = [113.56, 22.66];
    await waitForMapIdle(p);
    const pt = await hooks(p, ({ w, arg }) => w.__hub.map.project(arg), at);
    const box = (await p.locator('[data-testid="map"]').boundingBox())!;
    await p.mouse.click(box.x + pt.x, box.y + pt.y);
    const card = p.locator('[data-testid="user-point"]');
    await card.waitFor();
    const said = await card.innerText();
    expect(said).toMatch(/最近的三城一区\s*\S+（\d+(\.\d)? 公里）/);
    expect(said).toMatch(/最近的十三节点\s*\S+（\d+(\.\d)? 公里）/);
    await shot(p, 'room-districts-point-zh-1440');

    // English: the same screen, with its own words.
    await p.locator('[data-testid="user-point"] header button').click();
    await p.getByRole('button', { name: 'English' }).click();
    await p.waitForFunction(() => location.hash.includes('lang=en'));
    await p.evaluate(() => document.querySelector('[data-testid="districts-panel"]')?.scrollTo(0, 0));
    await waitForMapIdle(p);
    expect(await p.locator('[data-testid="rank-by"]').innerText()).toMatch(/^Ranked by Research institutes/);
    await shot(p, 'room-districts-en-1440');
    p.once('dialog', (d) => void d.accept());
    await p.locator('[data-testid="remove-all"]').click();
    await p.waitForFunction(() => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === 0);
    expect(s.errors).toEqual([]);
  });
});

describe('Present for the room', () => {
  it('at 1920 × 1080: overviews readable, labels off markers, opaque card, Latin legend in English, rings clear of the edge', async () => {
    const p = s.page;
    await p.setViewportSize({ width: 1920, height: 1080 });
    await p.emulateMedia({ reducedMotion: 'reduce' });
    /** The most markers within 60 px of one, and the invisible icons that keep labels off them. */
    const crowd = () =>
      hooks(p, ({ w }) => {
        const m = w.__hub.map;
        const pts = [...new Map(m.renderedPoints().map((q) => [q.id, q])).values()];
        const most = Math.max(...pts.map((a) => pts.filter((b) => Math.hypot(a.x - b.x, a.y - b.y) <= 60).length));
        const layers = m.layerIds();
        return {
          markers: pts.length,
          most,
          blocks: m.renderedIn('present-marker-block'),
          // Placed before every label but the names the card gives (a corridor's ends: present-named-label).
          blockLast: layers.slice(-2).join() === 'present-marker-block,present-named-label',
          placeLabels: m.placedLabels('points-label').map((l) => l.id),
        };
      });
    /** Turns to chapter n by the keys (one page, no reload) and waits for the map to settle there. */
    const turnTo = async (n: number) => {
      // In one page task: each key jumps the camera (reduced motion); only the last position is drawn.
      await p.evaluate((k) => {
        const key = (name: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
        key('Home');
        for (let i = 1; i < k; i++) key('ArrowRight');
      }, n);
      await waitForHooks(p, ({ w, arg }) => w.__present?.index === arg, n, { polling: 100 });
      await waitForMapIdle(p);
    };
    await openApp(s, 'mode=present&lang=zh&chapter=1');
    for (const [lang, n] of [
      ['zh', 1],
      ['en', CLOSING],
    ] as const) {
      if (lang === 'en') {
        await p.keyboard.press('l');
        await p.waitForFunction(() => location.hash.includes('lang=en'));
        // The close: the last overview (the results chapters follow it).
        await turnTo(CLOSING);
      }
      await waitForMapIdle(p);
      const c = await crowd();
      // Before: ~10 markers within 60 px of Guangzhou's core; now the layout only, framed on itself.
      expect(c.most, `${lang} chapter ${n}: markers within 60 px`).toBeLessThanOrEqual(4);
      expect(c.markers).toBeGreaterThanOrEqual(13);
      // Every marker drawn has its blocking icon, placed before any label but the card's named places (the last layer is placed first).
      expect(c.blockLast).toBe(true);
      expect(c.blocks).toBeGreaterThanOrEqual(c.markers);
      // The card is opaque: nothing of the map shows through it.
      expect(await p.locator('.present-card').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(24, 22, 20)');
      await shot(p, `room-present-ch${n}-${lang}-1920`);
    }
    // English legend: the map's Latin symbols, no 城/节/区/市; in Chinese the characters.
    const glyphs = () => p.locator('[data-testid="present-legend"] .present-swatch-dot').allInnerTexts();
    expect((await glyphs()).length).toBeGreaterThan(0);
    for (const g of await glyphs()) expect(g).toMatch(/^[A-Z¥]$/);

    // A node chapter: its neighbours lit and labelled around the ring.
    await turnTo(7);
    const node = await crowd();
    expect(node.placeLabels.filter((id) => !id.startsWith('city-')).length, 'neighbours labelled').toBeGreaterThanOrEqual(2);
    expect(await hooks(p, ({ w }) => w.__hub.map.highlightedIds().length)).toBeGreaterThanOrEqual(3);
    await shot(p, 'room-present-ch7-en-1920');

    // Every chapter, both languages (one page task, reduced motion: each key jumps the camera):
    // a place's ring is at least its own radius from every edge of the screen; a chapter's frame
    // (with the whole outline of the areas a corridor joins) is inside the screen.
    const out = await hooks(
      p,
      ({ w, arg: total }) => {
        const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
        key('Home');
        const read = (lang: string) => {
          const pr = w.__present!;
          const z = pr.sizes;
          const [W, S, E, N] = pr.subject;
          const [fw, fs, fe, fn] = pr.frame;
          const m = w.__hub.map;
          const frame = [m.project([fw, fn]), m.project([fe, fs])];
          const glyphs = [...document.querySelectorAll('[data-testid="present-legend"] .present-swatch-dot')].map((e) => e.textContent ?? '');
          return {
            at: `${lang}${pr.index} ${pr.id}`,
            kind: pr.kind,
            ring: z.ring + z.ringStroke / 2,
            radius: z.ring,
            point: W === E && S === N ? m.project([W, S]) : null,
            frame,
            glyphs,
            W: innerWidth,
            H: innerHeight,
          };
        };
        const rows = [read('en')];
        for (let g = 0; g < 60 && w.__present!.index < total; g++) {
          key('ArrowRight');
          rows.push(read('en'));
        }
        key('l');
        rows.push(read('zh'));
        for (let g = 0; g < 60 && w.__present!.index > 1; g++) {
          key('ArrowLeft');
          rows.push(read('zh'));
        }
        return rows;
      },
      TOTAL,
    );
    expect(out).toHaveLength(2 * TOTAL);
    let rings = 0;
    for (const r of out) {
      if (r.at.startsWith('en')) for (const g of r.glyphs) expect(g, r.at).toMatch(/^[A-Z¥]$/);
      if (r.point && r.kind === 'node') {
        rings++;
        const gap = Math.min(r.point.x, r.point.y, r.W - r.point.x, r.H - r.point.y) - r.ring;
        expect(gap, `${r.at}: ring to the screen's edge`).toBeGreaterThanOrEqual(r.radius);
      }
      if (r.kind === 'corridor' || r.kind === 'area') {
        const [a, b] = r.frame as [{ x: number; y: number }, { x: number; y: number }];
        expect(Math.min(a.x, a.y, b.x, b.y, r.W - b.x, r.H - b.y), `${r.at}: frame inside the screen`).toBeGreaterThanOrEqual(0);
      }
    }
    expect(rings).toBeGreaterThanOrEqual(20);
    await turnTo(20);
    await shot(p, 'room-present-ch20-zh-1920');
    expect(s.errors).toEqual([]);
  });
});
