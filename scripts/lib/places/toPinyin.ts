// Toneless pinyin of a Chinese name, for search: made at build time so the app ships no dictionary.
import { pinyin } from 'pinyin-pro';

/** @example toPinyin('广州科学城') // → 'guang zhou ke xue cheng' */
export function toPinyin(zh: string): string {
  // 装臵 is the seed's PDF artefact for 装置 (src/plan/artefacts.ts): searched as it is read.
  return pinyin(zh.replace(/臵/g, '置'), { toneType: 'none', nonZh: 'removed', v: true }).replace(/\s+/g, ' ').trim();
}
