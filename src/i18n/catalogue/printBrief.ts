// The "Print brief" button of the panels (the first screen): the brief itself is a lazy screen with its
// own namespace (brief.ts).
import type { Catalogue } from '../types.ts';

export const printBrief = {
  button: { zh: '打印简报', en: 'Print brief' },
  buttonTitle: {
    zh: '把此项打印为一页简报（A4 竖版或 A3 横版，可另存为 PDF）',
    en: 'Print this as a one-page brief (A4 portrait or A3 landscape; save it as a PDF from the print dialog)',
  },
} as const satisfies Catalogue;
