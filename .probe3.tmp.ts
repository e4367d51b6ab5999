import { launchChromium } from '/work/wt/planner/scripts/lib/chromium.ts';
import { serveStatic } from '/work/wt/planner/scripts/lib/staticServer.ts';
const { server, url } = await serveStatic('/work/wt/planner/dist');
const b = await launchChromium({ width: 390, height: 844 });
const page = b.context.pages()[0] ?? await b.context.newPage();
const idle = async () => {
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 180000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true', undefined, { timeout: 180000 });
};
for (const ch of process.argv.slice(2)) {
  await page.goto('about:blank');
  await page.goto(url + `#mode=present&chapter=${ch}&lang=en`);
  await idle();
  await page.waitForFunction(() => (window as any).__present, undefined, { timeout: 60000 });
  await page.waitForTimeout(500); await idle();
  const info = await page.evaluate(() => { const p = (window as any).__present; const m = (window as any).__hub.map; const a = m.project([p.subject[0], p.subject[1]]); const c = m.project([p.subject[2], p.subject[3]]); return { kind: p.kind, id: p.id, sw: a, ne: c }; });
  console.log(ch, JSON.stringify(info));
  await page.screenshot({ path: `/tmp/planner-probe/present-${ch}.png` });
}
await b.close(); server.close();
