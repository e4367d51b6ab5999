// The plan numbers its actions with Chinese numerals (一 … 八); English readers get digits.
const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** 一 → 1 … 十 → 10; anything else unchanged (a numeral already in digits stays). */
export function numeralToDigits(numeral: string): string {
  const i = (NUMERALS as readonly string[]).indexOf(numeral);
  return i >= 0 ? String(i + 1) : numeral;
}

/** The numeral of an action or support as the language writes it: 一 (zh), 1 (en). */
export function numeralIn(numeral: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? numeral : numeralToDigits(numeral);
}

/** "Action 七" → "Action 7" in an English text (also "Actions 一 and 三"). */
export function actionNumeralsToDigits(text: string): string {
  return text.replace(/\b(Actions?|Supports?) ([一二三四五六七八九十])(?![\u4e00-\u9fff])/g, (_, w: string, n: string) => `${w} ${numeralToDigits(n)}`);
}
