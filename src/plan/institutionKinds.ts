// The institutions' kinds, their names and look, and which targets count them: what the first screen
// needs (the layer's legend, whether a target's panel lists institutions). The rest, with the data, comes
// with the institutions chunk (src/plan/institutions.ts).
import type { Bilingual } from '../i18n/lang.ts';
import type { InstitutionKind } from '../data/institutionSchema.ts';

export interface InstitutionKindInfo extends Bilingual {
  /** The ring's colour on the map and the swatch's in the legend. */
  color: string;
}

export const INSTITUTION_KINDS_INFO: Record<InstitutionKind, InstitutionKindInfo> = {
  'state-key-lab': { zh: '国家重点实验室', en: 'State key laboratory', color: '#b91c1c' },
  'provincial-lab': { zh: '广东省实验室', en: 'Guangdong provincial laboratory', color: '#c2410c' },
  'technology-innovation-centre': { zh: '国家技术创新中心', en: 'National technology innovation centre', color: '#7e22ce' },
  'industry-innovation-centre': { zh: '国家产业创新中心', en: 'National industrial innovation centre', color: '#a21caf' },
  'manufacturing-innovation-centre': { zh: '国家制造业创新中心', en: 'National manufacturing innovation centre', color: '#be185d' },
  'enterprise-technology-centre': { zh: '国家企业技术中心', en: 'National enterprise technology centre', color: '#0f766e' },
};
export const INSTITUTION_KIND_IDS = Object.keys(INSTITUTION_KINDS_INFO) as InstitutionKind[];

/** The targets institutions count toward, in the plan's order. */
export const INSTITUTION_TARGETS = ['A1-T2', 'A1-T3', 'A5-T1', 'A5-T2', 'A5-T3', 'A5-T4'] as const;

/** Whether a target counts institutions (and so has a list behind it). */
export const countsInstitutions = (targetId: string): boolean => (INSTITUTION_TARGETS as readonly string[]).includes(targetId);
