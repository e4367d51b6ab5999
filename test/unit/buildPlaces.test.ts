// scripts/build-places.ts merges our Chinese notes (seeds/notes-zh.json): it fails when a text lacks
// its Chinese version or the Chinese one translates an older English text; and data/ is its output.
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, readText } from '../../scripts/lib/repoData.ts';

const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

function build(notes?: (n: { location_note: Record<string, { en: string; zh: string }>; source_title: Record<string, string> }) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'build-places-'));
  const env: Record<string, string> = { ...process.env, NO_PLAN_WRITE: '1', OUT_DIR: dir } as Record<string, string>;
  if (notes) {
    const n = JSON.parse(readText('seeds/notes-zh.json'));
    notes(n);
    env.NOTES_ZH_FILE = join(dir, 'notes-zh.json');
    writeFileSync(env.NOTES_ZH_FILE, JSON.stringify(n));
  }
  const r = spawnSync(TSX, ['scripts/build-places.ts'], { cwd: ROOT, env, encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}`, dir };
}

describe('build:places', { timeout: 120_000 }, () => {
  it('regenerates exactly the committed data/places.geojson and data/corridors.geojson', () => {
    const r = build();
    expect(r.status, r.out).toBe(0);
    expect(readFileSync(join(r.dir, 'places.geojson'), 'utf8')).toBe(readText('data/places.geojson'));
    expect(readFileSync(join(r.dir, 'corridors.geojson'), 'utf8')).toBe(readText('data/corridors.geojson'));
  });

  it('fails when a location note has no Chinese version', () => {
    const r = build((n) => delete n.location_note['guangzhou-science-city']);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/guangzhou-science-city: location_note has no Chinese version in .*notes-zh\.json/);
  });

  it('fails when the Chinese version translates an older English text', () => {
    const r = build((n) => (n.location_note['pazhou-lab']!.en = 'Placed somewhere else.'));
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/pazhou-lab: the Chinese location_note .* translates "Placed somewhere else\."/);
  });

  it('fails when a source title with Latin text has no Chinese version', () => {
    const r = build((n) => delete n.source_title['general reference']);
    expect(r.status).not.toBe(0);
    expect(r.out).toMatch(/source "general reference" has no Chinese version/);
  });
});
