import { launchChromium } from '/work/wt/planner/scripts/lib/chromium.ts';
import { serveStatic } from '/work/wt/planner/scripts/lib/staticServer.ts';
const { server, url } = await serveStatic('/work/wt/planner/dist');
const b = await launchChromium({ width: 1280, height: 800 });
const page = b.context.pages()[0] ?? await b.context.newPage();
const idle = async () => {
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 180000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true', undefined, { timeout: 180000 });
};
const args = process.argv.slice(2);
for (const a of args) {
  await page.goto('about:blank');
  await page.goto(url + '#' + a);
  await idle();
  await page.waitForTimeout(300);
  await idle();
  const ids = await page.locator('[data-testid="side-panel"] button.feature[data-id]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')!));
  const r = await page.evaluate((ids) => {
    const m = (window as any).__hub.map;
    const drawn = new Set([...m.renderedIds('points-circle'), ...m.renderedIds('areas-fill')]);
    const placed = new Set(m.renderedIds('focus-label'));
    const mine = ids.filter((id: string) => drawn.has(id));
    return { n: ids.length, first: ids[0], drawn: mine.length, labelled: mine.filter((id: string) => placed.has(id)).length, missing: mine.filter((id: string) => !placed.has(id)), ctx: m.renderedIds('points-label').length + m.renderedIds('areas-label').length };
  }, ids);
  console.log(a, JSON.stringify(r));
  await page.screenshot({ path: `/tmp/planner-probe/${a.replace(/[^a-z0-9]/gi, '_')}.png` });
}
await b.close(); server.close();
