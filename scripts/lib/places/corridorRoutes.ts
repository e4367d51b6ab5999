// Every corridor's segments and note, in CORRIDOR_IDS order: the Guangzhou section computed from its
// members' positions (corridorNetwork), the others as seeds/corridor-routes.json gives them.
import type { Bilingual } from '../../../src/data/planSchema.ts';
import { CORRIDOR_IDS, type CorridorId, type PlaceProps } from '../../../src/data/placeSchema.ts';
import { fillTemplate } from '../../../src/i18n/format.ts';
import type { CorridorRoutes } from './placeSeeds.ts';
import { corridorNetwork } from './corridorNetwork.ts';
import type { BuiltPlace } from './placeFeature.ts';

export interface Route {
  corridor: CorridorId;
  segments: Array<[string, string]>;
  note: Bilingual;
}

const isSectionMember = (p: PlaceProps) => p.groups.includes('corridor-cores') || p.groups.includes('thirteen-nodes');

export function corridorRoutes(table: CorridorRoutes, built: readonly BuiltPlace[]): Route[] {
  const byId = new Map(built.map((b) => [b.feature.id, b.feature.properties]));
  const names = (ids: readonly string[], lang: 'zh' | 'en') =>
    ids.map((id) => (lang === 'zh' ? byId.get(id)!.name_zh : byId.get(id)!.name_en)).join(lang === 'zh' ? '、' : ', ');
  // The Guangzhou section joins the four corridor cores and the 13 nodes that have a site.
  const members = built.filter((b) => b.attach && isSectionMember(b.feature.properties)).map((b) => ({ id: b.feature.id, at: b.attach! }));
  const skipped = built.filter((b) => !b.attach && isSectionMember(b.feature.properties)).map((b) => b.feature.id);
  const { off_belt: offBelt, note, not_drawn: notDrawn } = table.gz_section;
  const gzNote = (lang: 'zh' | 'en') =>
    fillTemplate(note[lang], { off_belt: names(offBelt, lang) }, lang) +
    (skipped.length ? fillTemplate(notDrawn[lang], { skipped: names(skipped, lang) }, lang) : '');
  return CORRIDOR_IDS.map((corridor): Route => {
    if (corridor === 'gz-section') return { corridor, segments: corridorNetwork(members, offBelt), note: { en: gzNote('en'), zh: gzNote('zh') } };
    const route = table.routes[corridor];
    // English first, as the data has always written a corridor's note.
    return { corridor, segments: route.segments.map(([a, b]) => [a, b]), note: { en: route.note.en, zh: route.note.zh } };
  });
}
