// The presentation's tour: chapters built from the data only, in a story order —
//   the plan · the 三城一区 · the corridor cores · the thirteen nodes (west → east) · the corridors · a close
//   · then the results, one chapter per action (resultsTour.ts), after the close so that links to the
//   chapters before them keep their numbers.
// Pure: data in, chapters out (texts in both languages, the box to frame, what to highlight, the lines
// to cite). The map fits the box itself, beside the card (src/map/presentCamera.ts).
import '../i18n/catalogue/present.ts';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import type { Plan, Lines, Target, Action, Support } from '../data/planSchema.ts';
import type { PlaceFeature, CorridorFeature } from '../data/appData.ts';
import { CORRIDOR_IDS, isGuangzhouDistrict, GUANGZHOU_DISTRICTS } from '../data/vocab.ts';
import { boundsOf, unionBounds, GUANGZHOU_BOUNDS, type Bounds } from '../geo/bounds.ts';
import { buildLinkGraph, type LinkGraph } from './linkGraph.ts';
import { placeAnchor } from './placeAnchor.ts';
import { KINDS, GROUPS, CORRIDORS } from './kinds.ts';
import { both, joinBilingual, type Bilingual } from '../i18n/index.ts';
import { formatFigure } from './figures.ts';
import { numeralToDigits } from './numerals.ts';
import { scoreRows, type ScoreRow } from './scorecard.ts';
import type { Outcome } from '../data/outcomeSchema.ts';
import { actionResults, placesLine, resultLines, RESULTS_YEAR, type ActionResults } from './resultsTour.ts';

export type { Bilingual };

export type ChapterKind = 'title' | 'area' | 'cores' | 'node' | 'corridor' | 'closing' | 'result';

export interface TourChapter {
  /** Stable: 'title', 'area:<place id>', 'cores', 'node:<place id>', 'corridor:<corridor id>', 'closing', 'result:<action id>'. */
  id: string;
  kind: ChapterKind;
  title: Bilingual;
  /** The name in the other language (zh: the English name; en: the Chinese one). */
  alt?: Bilingual;
  subtitle: Bilingual;
  /** Short lines built from the data. */
  body: Bilingual[];
  /** Big figures (the title's goals, the closing's counts). */
  stats: Array<{ value: Bilingual; label: Bilingual }>;
  /** Where a membership or a route is an inference, not the plan's: shown in large type. */
  inferred?: Bilingual;
  /** The chapter's place has no known site: the camera frames its district (or the city). */
  noSite?: Bilingual;
  /** The box the chapter shows, and the closest zoom allowed for it. */
  frame: { bounds: Bounds; maxZoom: number };
  /**
   * A corridor chapter's journey: the camera visits these boxes in order (consecutive segments of
   * the route), lighting each leg's segments as it arrives, then settles on `frame`.
   */
  path?: Array<{ bounds: Bounds; light: string[] }>;
  /** The places a corridor chapter passes (their labels show). */
  stops?: string[];
  /** A node chapter's neighbours: the nearest places around it, lit and labelled for context. */
  context?: string[];
  /** Every feature id the chapter is about. */
  highlight: string[];
  /** What the store should select (one feature) … */
  select?: string;
  /** … or focus (an action/target/task id whose features the map highlights). */
  focus?: string;
  /** The plan lines to cite (1-based, inclusive; merged and sorted). */
  cite: Lines[];
  /** A results chapter: the action's 2021 targets against what was reported, and its places' marks. */
  results?: ActionResults;
}

export interface TourInput {
  plan: Plan;
  places: readonly PlaceFeature[];
  corridors: readonly CorridorFeature[];
  districts: FeatureCollection<Polygon | MultiPolygon, { name_zh: string; name_en: string }>;
  /** The plan's text (line 1 at index 0): lets the cores chapter cite where the plan says “四核”. */
  seedLines?: readonly string[];
  /** Reused when given; built from the data otherwise. */
  graph?: LinkGraph;
  /** What public sources report (data/outcomes.json): with it (or its rows), the results chapters follow the close. */
  outcomes?: readonly Outcome[];
  /** The scorecard's rows (scorecard.ts scoreRows), reused when given. */
  scoreRows?: readonly ScoreRow[];
}

/** The closest zoom a chapter about one place (or a few) may frame it at. */
const PLACE_ZOOM = 12;

/**
 * What the overview chapters (the first and the last) draw: the plan's layout — the 三城一区, the
 * thirteen nodes, the zones, the Bay Area cities — not every lab and institute, which at Bay Area
 * scale would pile into Guangzhou's core as a knot of markers under their labels.
 */
export const OVERVIEW_KINDS: readonly string[] = ['core-area', 'node', 'zone', 'context-city'];
export const isOverview = (ch: Pick<TourChapter, 'kind'>): boolean => ch.kind === 'title' || ch.kind === 'closing';

/**
 * The kinds of place a chapter draws, for its legend: those of its highlighted, stop and context places
 * that have a site (an overview draws only the layout's kinds). `kindOf` gives a sited place's kind.
 */
export function chapterKinds(ch: Pick<TourChapter, 'kind' | 'highlight' | 'stops' | 'context'>, kindOf: (id: string) => string | undefined): string[] {
  const kinds = new Set([...ch.highlight, ...(ch.stops ?? []), ...(ch.context ?? [])].flatMap((id) => kindOf(id) ?? []));
  return [...kinds].filter((k) => !isOverview(ch) || OVERVIEW_KINDS.includes(k));
}

/** A node chapter's context: at most this many neighbours, within this distance. */
const CONTEXT_MAX = 4;
const CONTEXT_KM = 8;

// --- chapter numbers and cited lines ------------------------------------------------------

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** A chapter number from a link, within 1…total (too large → the last chapter). */
export function clampChapter(n: number, total: number): number {
  if (total < 1) return 1;
  if (!Number.isFinite(n)) return n > 0 ? total : 1;
  return clamp(Math.floor(n), 1, total);
}

/** Line ranges sorted and merged where they touch or are at most `gap` lines apart. */
export function mergeLines(ranges: readonly Lines[], gap = 2): Lines[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Lines[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + gap) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

// --- geometry helpers ----------------------------------------------------------------------

const KM_PER_DEG_LAT = 111.32;
/** A box of `km` around a point. */
function around([lon, lat]: readonly [number, number], km: number): Bounds {
  const dLat = km / KM_PER_DEG_LAT;
  const dLon = km / (KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}
/** Great-circle distance in km (haversine). */
function km([lon1, lat1]: readonly [number, number], [lon2, lat2]: readonly [number, number]): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/**
 * The places nearest to `f` (nearest first), so a chapter about one place shows what is around it:
 * sited places of the plan (no Bay Area city), within `maxKm`, at most `n`.
 */
export function neighboursOf(f: PlaceFeature, places: readonly PlaceFeature[], n = CONTEXT_MAX, maxKm = CONTEXT_KM): string[] {
  const a = placeAnchor(f);
  if (!a) return [];
  return places
    .flatMap((p) => {
      if (p === f || p.properties.id === f.properties.id || p.properties.kind === 'context-city') return [];
      const b = placeAnchor(p);
      const d = b ? km(a, b) : Infinity;
      return d <= maxKm ? [{ id: p.properties.id, d }] : [];
    })
    .sort((x, y) => x.d - y.d || x.id.localeCompare(y.id))
    .slice(0, n)
    .map((x) => x.id);
}

/** `b` grown to be symmetric around `c`, so a polygon's anchor stays the centre of the view. */
function centredOn(b: Bounds, [lon, lat]: readonly [number, number]): Bounds {
  const hw = Math.max(lon - b[0], b[2] - lon);
  const hh = Math.max(lat - b[1], b[3] - lat);
  return [lon - hw, lat - hh, lon + hw, lat + hh];
}

/** The box that shows a place: its area (centred on its anchor), or its point with its uncertainty. */
function placeFrame(f: PlaceFeature): Bounds | null {
  const a = placeAnchor(f);
  if (!a) return null;
  if (f.geometry && f.geometry.type !== 'Point') {
    const b = boundsOf([f]);
    return b ? centredOn(b, a) : null;
  }
  // A point: its uncertainty circle when it has one, at least ~1.5 km around it.
  return around(a, Math.max(1.5, f.properties.uncertainty_km ?? 0));
}

// --- the tour ------------------------------------------------------------------------------

/** An English name without its trailing gloss: "X (formerly Y)" → "X". */
const shortEn = (en: string) => en.replace(/\s*\([^()]*\)\s*$/, '') || en;
const nameOf = (f: PlaceFeature): Bilingual => ({ zh: f.properties.name_zh, en: shortEn(f.properties.name_en) });
/** The name in the other language, under the title (with the English gloss, when there is one). */
const altOf = (f: PlaceFeature): Bilingual => {
  const found = /\(([^()]*)\)\s*$/.exec(f.properties.name_en)?.[1];
  // A short gloss only (“Guangzhou University Town”), not a naming history.
  const gloss = found && found.length <= 40 && !/[;:]/.test(found) ? found : undefined;
  return { zh: shortEn(f.properties.name_en), en: gloss ? `${f.properties.name_zh} · ${gloss}` : f.properties.name_zh };
};
const firstLine = (f: PlaceFeature) => Math.min(...f.properties.lines.map((l) => l[0]));

export function buildTour(input: TourInput): TourChapter[] {
  const { plan, places, corridors } = input;
  const graph =
    input.graph ??
    buildLinkGraph(
      plan,
      places.map((f) => f.properties),
      corridors.map((c) => c.properties),
    );
  const placeById = new Map(places.map((f) => [f.properties.id, f]));

  const districtName = (zh: string | null): Bilingual => {
    if (!zh) return both('present.districtUnknown');
    const f = input.districts.features.find((d) => d.properties.name_zh === zh);
    const en = f?.properties.name_en ?? GUANGZHOU_DISTRICTS.find((d) => d.name_zh === zh)?.name_en ?? zh;
    return { zh, en };
  };
  const districtBounds = (zh: string | null): Bounds | null => (zh ? boundsOf(input.districts.features.filter((d) => d.properties.name_zh === zh)) : null);

  /** "Action 1: … / 1 task · 5 yearly targets · 13 responsible units" for what names these tasks. */
  const planLinks = (taskIds: readonly string[]): Bilingual[] => {
    const byParent = new Map<string, { parent: Action | Support; tasks: Set<string> }>();
    for (const id of taskIds) {
      const hit = graph.task(id);
      if (!hit) continue;
      const entry = byParent.get(hit.parent.id) ?? { parent: hit.parent, tasks: new Set<string>() };
      entry.tasks.add(id);
      byParent.set(hit.parent.id, entry);
    }
    if (byParent.size === 0) return [both('present.notInTasks')];
    const lines: Bilingual[] = [];
    for (const { parent, tasks } of byParent.values()) {
      const isAction = 'targets' in parent;
      const title = { zh: parent.title.zh, en: shortTitle(parent.title.en) };
      lines.push(both(isAction ? 'present.action' : 'present.support', { numeral: { zh: parent.numeral, en: numeralToDigits(parent.numeral) }, title }));
      const units = new Set([...tasks].flatMap((t) => graph.task(t)?.task.responsible ?? []));
      const counts = [both('present.tasks', { n: tasks.size })];
      if (isAction) counts.push(both('present.targets', { n: (parent as Action).targets.length }));
      counts.push(both('present.units', { n: units.size }));
      lines.push(joinBilingual(counts));
    }
    return lines.slice(0, 4);
  };

  const chapters: TourChapter[] = [];
  const coordsOf = (segs: readonly CorridorFeature[]) => segs.flatMap((s) => s.geometry.coordinates.map((c) => [c[0]!, c[1]!] as [number, number]));
  const boxOf = (coords: ReadonlyArray<[number, number]>, start: Bounds = [Infinity, Infinity, -Infinity, -Infinity]) =>
    coords.reduce<Bounds>((b, [x, y]) => unionBounds(b, [x, y, x, y]), start);
  /**
   * The overview chapters' frame: the plan's layout (the places of the 三城一区 and the nodes, each
   * with its extent) and every corridor, to Hong Kong and Macau; not the city's whole outline, whose
   * empty north would shrink the core to a knot of markers. Without a layout: Guangzhou and the corridors.
   */
  const layoutFrames = places
    .filter((f) => f.properties.groups.some((g) => g === 'three-cities-one-zone' || g === 'thirteen-nodes'))
    .map(placeFrame)
    .filter((b): b is Bounds => b !== null);
  const wholeBounds = layoutFrames.reduce<Bounds>((b, x) => unionBounds(b, x), boxOf(coordsOf(corridors), layoutFrames.length ? undefined : GUANGZHOU_BOUNDS));

  // 1. The plan, framing all of Guangzhou and the corridors out of it.
  const stepOne = [...plan.goals].sort((a, b) => a.year - b.year)[0];
  const goalTargets = stepOne?.targets ?? [];
  chapters.push({
    id: 'title',
    kind: 'title',
    title: plan.source.title,
    subtitle: both('present.titleSubtitle', {
      status: { zh: plan.source.status, en: both('present.statusDraft').en },
      from: plan.source.period[0],
      to: plan.source.period[1],
    }),
    body: [...(stepOne ? [stepOne.title] : []), both('present.cityWide')],
    stats: goalTargets.map((t) => ({
      value: formatTarget(t),
      label: joinBilingual([t.indicator, both('present.goalTarget', { year: stepOne?.year ?? plan.source.period[1] })]),
    })),
    frame: { bounds: wholeBounds, maxZoom: 11 },
    highlight: [],
    cite: mergeLines(goalTargets.length ? goalTargets.map((t) => t.lines) : [plan.overview.lines]),
  });

  // 2. The 三城一区, in the order the plan names them; a member the plan writes as "（含X）" of the
  //    one before it (广州大学城 in the 琶洲 pilot zone) is shown with that one.
  const areas = places
    .filter((f) => f.properties.groups.includes('three-cities-one-zone'))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => firstLine(a.f) - firstLine(b.f) || a.i - b.i)
    .map(({ f }) => f);
  const areaGroups: PlaceFeature[][] = [];
  for (const f of areas) {
    const included = f.properties.group_note?.zh.includes(`含${f.properties.name_zh}`) ?? false;
    const prev = areaGroups[areaGroups.length - 1];
    if (included && prev) prev.push(f);
    else areaGroups.push([f]);
  }
  for (const [main, ...rest] of areaGroups) {
    if (!main) continue;
    const members = [main, ...rest];
    const p = main.properties;
    const frames = members.map(placeFrame).filter((b): b is Bounds => b !== null);
    const bounds = frames.length ? frames.reduce(unionBounds) : (districtBounds(p.district) ?? GUANGZHOU_BOUNDS);
    const body: Bilingual[] = [];
    for (const m of rest) body.push(both('present.includes', { name: { zh: m.properties.name_zh, en: m.properties.name_en } }));
    body.push(...planLinks([...new Set(members.flatMap((m) => m.properties.tasks))]));
    if (p.extent === 'approximate' && p.area_km2) body.push(both('present.approxArea', { n: p.area_km2 }));
    chapters.push({
      id: `area:${p.id}`,
      kind: 'area',
      title: nameOf(main),
      alt: altOf(main),
      subtitle: both('present.areaSubtitle', { kind: KINDS[p.kind], district: districtName(p.district) }),
      body,
      stats: [],
      ...(main.geometry ? {} : { noSite: noSiteText(p.district, districtName) }),
      frame: { bounds, maxZoom: PLACE_ZOOM },
      highlight: members.map((m) => m.properties.id),
      select: p.id,
      cite: mergeLines(members.flatMap((m) => m.properties.lines)),
    });
  }

  // 3. The corridor cores: an inference from the 2017 provincial plan, said so in large type.
  const cores = places.filter((f) => f.properties.groups.includes('corridor-cores'));
  if (cores.length) {
    const frames = cores.map(placeFrame).filter((b): b is Bounds => b !== null);
    const gzSegments = corridors.filter((c) => c.properties.corridor === 'gz-section');
    chapters.push({
      id: 'cores',
      kind: 'cores',
      title: GROUPS['corridor-cores'],
      subtitle: both('present.coresSubtitle', { corridor: CORRIDORS['gz-section'], n: cores.length }),
      body: cores.map((f) => nameOf(f)),
      stats: [],
      inferred: both('present.inferredCores'),
      frame: { bounds: frames.length ? frames.reduce(unionBounds) : GUANGZHOU_BOUNDS, maxZoom: PLACE_ZOOM },
      highlight: cores.map((f) => f.properties.id),
      // Where the plan speaks of the corridor's “四核” (with the corridor's name just before).
      cite: mergeLines(coreLines(cores, gzSegments, input.seedLines)),
    });
  }

  // 4. The thirteen nodes, west → east; those with no known site last, framing their district.
  const nodes = places
    .filter((f) => f.properties.groups.includes('thirteen-nodes'))
    .map((f, i) => ({ f, i, a: placeAnchor(f) }))
    .sort((x, y) => (x.a && y.a ? x.a[0] - y.a[0] : x.a ? -1 : y.a ? 1 : x.i - y.i));
  nodes.forEach(({ f, a }, k) => {
    const p = f.properties;
    const district = districtName(p.district);
    const frame = a ? placeFrame(f) : null;
    const bounds = frame ?? districtBounds(p.district) ?? GUANGZHOU_BOUNDS;
    const body: Bilingual[] = [...planLinks(p.tasks)];
    if (a && p.confidence === 'low' && p.uncertainty_km) body.push(both('present.lowConfidence', { n: p.uncertainty_km }));
    if (a && p.extent === 'approximate' && p.area_km2) body.push(both('present.approxArea', { n: p.area_km2 }));
    chapters.push({
      id: `node:${p.id}`,
      kind: 'node',
      title: nameOf(f),
      alt: altOf(f),
      subtitle: both(a ? 'present.nodeSubtitle' : 'present.nodeSubtitleNoSite', { n: k + 1, total: nodes.length, district }),
      body,
      stats: [],
      inferred: both('present.inferredNodes'),
      ...(a ? {} : { noSite: noSiteText(p.district, districtName) }),
      frame: { bounds, maxZoom: a ? PLACE_ZOOM : 11 },
      highlight: [p.id],
      ...(a ? { context: neighboursOf(f, places) } : {}),
      select: p.id,
      cite: mergeLines(p.lines),
    });
  });

  // 5. The corridors, one chapter each, framing all their segments (the Bay Area for cross-border ones).
  for (const cid of CORRIDOR_IDS) {
    const segs = corridors.filter((c) => c.properties.corridor === cid).sort((a, b) => a.properties.order - b.properties.order);
    if (!segs.length) continue;
    const bounds = boxOf(coordsOf(segs));
    // At most four legs, each a run of consecutive segments in the route's order.
    const per = Math.ceil(segs.length / Math.min(4, segs.length));
    const path = Array.from({ length: Math.ceil(segs.length / per) }, (_, k) => {
      const run = segs.slice(k * per, (k + 1) * per);
      // A leg lights its segments and the places they join.
      return { bounds: boxOf(coordsOf(run)), light: [...new Set(run.flatMap((s) => [s.properties.id, s.properties.from, s.properties.to]))] };
    });
    const stopIds: string[] = [];
    for (const s of segs) for (const id of [s.properties.from, s.properties.to]) if (!stopIds.includes(id)) stopIds.push(id);
    const stops = stopIds.flatMap((id) => {
      const f = placeById.get(id);
      return f ? [f] : [];
    });
    const crossBorder = stops.some((f) => !isGuangzhouDistrict(f.properties.district));
    // The whole corridor and the whole of each place it joins: an area's outline (知识城's circle)
    // is framed with the rest, never cut by the screen's edge.
    const whole = stops
      .map((f) => (f.geometry && f.geometry.type !== 'Point' ? placeFrame(f) : null))
      .reduce<Bounds>((b, x) => (x ? unionBounds(b, x) : b), bounds);
    const chain = segs.every((s, i) => i === 0 || s.properties.from === segs[i - 1]!.properties.to);
    const names = stops.map(nameOf);
    const body: Bilingual[] = [
      chain
        ? both('present.route', { stops: joinBilingual(names, { zh: ' → ', en: ' → ' }) })
        : both('present.joins', { n: names.length, first: names[0]!, last: names[names.length - 1]! }),
      ...planLinks([...new Set(segs.flatMap((s) => s.properties.tasks))]),
    ];
    chapters.push({
      id: `corridor:${cid}`,
      kind: 'corridor',
      title: { zh: CORRIDORS[cid].zh, en: CORRIDORS[cid].en },
      subtitle: both('present.corridorSubtitle', { n: segs.length, scope: both(crossBorder ? 'present.scopeGba' : 'present.scopeCity') }),
      body,
      stats: [],
      inferred: both('present.inferredRoute'),
      frame: { bounds: whole, maxZoom: PLACE_ZOOM },
      highlight: segs.map((s) => s.properties.id),
      path,
      stops: stopIds,
      // The store selects one feature: the corridor's first segment, where its route starts.
      select: segs[0]!.properties.id,
      cite: mergeLines(segs.flatMap((s) => s.properties.lines)),
    });
  }

  // 6. The close: the whole layout at Bay Area scale, highlighted through the task that plans it.
  const layoutTask = mostCommon(areas.flatMap((f) => f.properties.tasks));
  const task = layoutTask ? graph.task(layoutTask) : undefined;
  const closingBounds = wholeBounds;
  const sited = places.filter((f) => f.geometry && f.properties.kind !== 'context-city');
  const unsited = places.filter((f) => !f.geometry);
  const targetCount = plan.actions.reduce((n, a) => n + a.targets.length, 0);
  chapters.push({
    id: 'closing',
    kind: 'closing',
    title: both('present.closingTitle', {
      cities: GROUPS['three-cities-one-zone'],
      nodes: GROUPS['thirteen-nodes'],
      n: new Set(corridors.map((c) => c.properties.corridor)).size,
    }),
    subtitle: plan.overview.title,
    body: [
      both('present.closingPlan', { a: plan.actions.length, t: targetCount, u: plan.units.length }),
      ...(unsited.length ? [both('present.closingNoSite', { n: unsited.length })] : []),
      both('present.closingHint'),
    ],
    stats: [
      { value: num(sited.length), label: both('present.closingPlaces') },
      { value: num(nodes.length), label: both('present.closingNodes') },
      { value: num(corridors.length), label: both('present.closingSegments') },
    ],
    frame: { bounds: closingBounds, maxZoom: PLACE_ZOOM },
    highlight: task ? [...graph.featuresOf(task.task.id).places, ...graph.featuresOf(task.task.id).corridors] : [],
    ...(task ? { focus: task.task.id } : {}),
    cite: task ? [task.task.lines] : [plan.overview.lines],
  });

  // 7. The results, one chapter per action: its 2021 targets against what was reported, its places on
  //    the map marked by how the action's targets stand (as the scorecard's map marks them).
  const rows = input.scoreRows ?? (input.outcomes ? scoreRows(plan, input.outcomes) : undefined);
  if (rows) {
    const linked = places.map((f) => ({ id: f.properties.id, actions: f.properties.actions }));
    plan.actions.forEach((a, k) => {
      const own = places.filter((f) => f.properties.actions.includes(a.id));
      const sited = own.filter((f) => f.geometry && f.properties.kind !== 'context-city');
      const frames = sited.map(placeFrame).filter((b): b is Bounds => b !== null);
      chapters.push({
        id: `result:${a.id}`,
        kind: 'result',
        title: both('present.action', { numeral: { zh: a.numeral, en: numeralToDigits(a.numeral) }, title: { zh: a.title.zh, en: shortTitle(a.title.en) } }),
        subtitle: both('present.resultSubtitle', { n: k + 1, total: plan.actions.length, year: RESULTS_YEAR }),
        body: [placesLine(own)],
        stats: [],
        frame: frames.length ? { bounds: frames.reduce(unionBounds), maxZoom: PLACE_ZOOM } : { bounds: GUANGZHOU_BOUNDS, maxZoom: 11 },
        highlight: sited.map((f) => f.properties.id),
        results: actionResults(a, rows, linked),
        cite: mergeLines(resultLines(a)),
      });
    });
  }

  return chapters;
}

/** "Action to Upgrade Major …" → "Upgrade Major …" (the card already says "Action 1"). */
function shortTitle(en: string): string {
  const s = en.replace(/^Action (to|for) /, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const num = (n: number): Bilingual => ({ zh: String(n), en: String(n) });

function noSiteText(district: string | null, name: (zh: string | null) => Bilingual): Bilingual {
  return district ? both('present.noSiteDistrict', { district: name(district) }) : both('present.noSiteCity');
}

/**
 * Where the plan speaks of the corridor's cores: the lines with “四核” and the corridor's lines just
 * before them; without the text, the lines that name the core places.
 */
function coreLines(cores: readonly PlaceFeature[], segs: readonly CorridorFeature[], seed: readonly string[] | undefined): Lines[] {
  const hits: Lines[] = [];
  seed?.forEach((l, i) => {
    if (l.includes('四核')) hits.push([i + 1, i + 1]);
  });
  if (!hits.length) return cores.flatMap((f) => f.properties.lines);
  const near = segs.flatMap((s) => s.properties.lines).filter((l) => hits.some((h) => l[1] < h[0] && l[1] >= h[0] - 4));
  return [...hits, ...near];
}

function mostCommon(ids: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  let best: string | undefined;
  for (const [id, n] of counts) if (best === undefined || n > counts.get(best)!) best = id;
  return best;
}

/** A goal figure as the plan qualifies it: "达3.1%" / "3.1%", "达65%左右" / "about 65%" (src/plan/figures.ts). */
export function formatTarget(t: Target): Bilingual {
  const year = (['2021', '2020', '2019'] as const).find((y) => t.values[y] !== undefined);
  const v = year ? t.values[year] : t.goal?.value;
  const q = (year ? t.qualifiers[year] : t.goal?.qualifiers) ?? [];
  if (v === undefined) return { zh: '–', en: '–' };
  // 达 ("reaches") adds nothing on a stat card
  const shown = q.filter((x) => x !== '达');
  return { zh: formatFigure(v, t.unit, shown, 'zh'), en: formatFigure(v, t.unit, shown, 'en') };
}
