// The institutions chunk (loaded when the layer is switched on, a target that counts institutions is
// opened, an institution's link is followed, or a Districts metric counts them): the data, the map's
// points, the panels and their messages. The shell only knows the loader (src/ui/lazyScreens.ts).
import '../../i18n/catalogue/institutions.ts';
import { INSTITUTIONS } from '../../data/institutionsData.ts';
import { institutionPoints, existsBy } from '../../plan/institutions.ts';

export { INSTITUTIONS };
/** The institutions the layer shows by a year (sited or not): the List's twin of the map. */
export const shownBy = (year?: number) => INSTITUTIONS.features.filter((f) => year === undefined || existsBy(f.properties, year));
/** The map's points: all of them, or those existing by a year (year= in the link). */
const byYear = new Map<number | undefined, ReturnType<typeof institutionPoints>>();
export const pointsFor = (year?: number) => {
  if (!byYear.has(year)) byYear.set(year, institutionPoints(INSTITUTIONS.features, year));
  return byYear.get(year)!;
};
export { InstitutionDetails } from './InstitutionDetails.tsx';
export { TargetInstitutions } from './TargetInstitutions.tsx';
