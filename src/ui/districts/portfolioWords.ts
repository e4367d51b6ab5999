// How the portfolio's panel and exports write a place, its set, a radius and numbers in the UI
// language: every number with digit grouping (100,000), distances to 0.1 km.
import { TARGET_SETS, type NamedTarget } from '../../plan/portfolioTargets.ts';
import type { Lang } from '../../state/urlState.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../../i18n/format.ts';

export function portfolioWords(lang: () => Lang) {
  return {
    name: (tg: NamedTarget) => (lang() === 'zh' ? tg.name_zh : tg.name_en),
    setShort: (id: string): string => {
      const s = TARGET_SETS.find((x) => x.id === id);
      return s ? t(lang(), s.short) : id;
    },
    num: (n: number) => formatNumber(n, lang()),
    km: (x: number | null) => (x === null ? '—' : formatNumber(x, lang(), 1, true)),
  };
}
export type PortfolioWords = ReturnType<typeof portfolioWords>;
