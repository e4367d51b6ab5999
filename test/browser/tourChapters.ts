// The tour's chapter numbers, from the data (src/plan/tour.ts), so the Present tests follow the tour
// instead of hard-coding its length: how many chapters, where the close is, where the results begin.
import { buildTour } from '../../src/plan/tour.ts';
import { realAppData } from '../realData.ts';

const data = realAppData();
export const TOUR = buildTour({ ...data, seedLines: data.seedLines });
/** How many chapters Present has. */
export const TOTAL = TOUR.length;
/** The close (the last overview), 1-based. */
export const CLOSING = TOUR.findIndex((c) => c.id === 'closing') + 1;
/** A results chapter's number (1-based) for an action id. */
export const resultChapter = (action: string): number => TOUR.findIndex((c) => c.id === `result:${action}`) + 1;
