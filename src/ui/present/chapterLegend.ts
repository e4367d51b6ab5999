// What a chapter's legend lists: the corridors, the kinds of place the chapter shows on the map, and a
// results chapter's marks (a ring's colour, a symbol, words).
import { createMemo, type Accessor } from 'solid-js';
import { chapterKinds, type TourChapter } from '../../plan/tour.ts';
import { KINDS, type CorridorId, type Kind } from '../../plan/kinds.ts';
import { MARKS } from '../../plan/statusMap.ts';
import { MARK_SYMBOL, markWord } from '../../plan/statusText.ts';
import { MARK_COLOR } from '../scorecard/StatusMapLegend.tsx';
import type { Lang } from '../../i18n/index.ts';
import type { AppContext } from '../context.ts';
import type { LegendMark } from './PresentLegend.tsx';

export interface ChapterLegend {
  corridorIds: readonly CorridorId[];
  shownKinds: Accessor<Kind[]>;
  /** A results chapter's marks; undefined for other chapters. */
  marks: Accessor<LegendMark[] | undefined>;
}

export function createChapterLegend(app: AppContext, chapter: Accessor<TourChapter>, lang: Accessor<Lang>): ChapterLegend {
  const corridorIds = [...new Set(app.data.corridors.map((c) => c.properties.corridor))] as CorridorId[];
  const shownKinds = createMemo(() =>
    chapterKinds(chapter(), (id) => {
      const p = app.place(id);
      return p?.geometry ? p.properties.kind : undefined;
    }).filter((k): k is Kind => k in KINDS),
  );
  const marks = createMemo((): LegendMark[] | undefined => {
    const r = chapter().results;
    if (!r) return undefined;
    const used = new Set(Object.values(r.marks));
    return MARKS.filter((m) => used.has(m)).map((m) => ({ id: m, label: markWord(m, lang()), color: MARK_COLOR[m], symbol: MARK_SYMBOL[m] }));
  });
  return { corridorIds, shownKinds, marks };
}
