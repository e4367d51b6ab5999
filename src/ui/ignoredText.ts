// The notes on a link's ignored parameters are written in English by the URL parser and the store;
// the Chinese UI shows them in Chinese. Keys and the user's own values are kept as they were typed.
import type { Lang } from '../state/urlState.ts';

const REASONS_ZH: ReadonlyArray<[RegExp, string]> = [
  [/^malformed percent-encoding$/, '百分号编码有误'],
  [/^unknown key$/, '未知参数'],
  [/^repeated, last value used$/, '重复出现，已采用最后一个值'],
  [/^(\d+) items? with malformed percent-encoding$/, '$1 项百分号编码有误'],
  [/^dropped (\d+) invalid items?$/, '已去掉 $1 项无效值'],
  [/^more than (\d+) items, kept the first \d+$/, '超过 $1 项，只保留前 $1 项'],
  [/^no feature (".*")$/, '没有名为 $1 的地点'],
  [/^nothing named (".*")$/, '没有名为 $1 的行动、目标、任务或单位'],
  [/^unknown (".*?")(?: \(\+(\d+)\))?$/, '未知的值 $1'],
  [/^empty after trimming$/, '去掉空白后为空'],
  [/^longer than (\d+) characters$/, '超过 $1 个字符'],
  [/^expected 1 or 0$/, '应为 1 或 0'],
  [/^expected a chapter number 1–9999$/, '应为章节号 1–9999'],
  [/^expected a district name such as 黄埔区$/, '应为区名，如 黄埔区'],
  [/^expected a whole number 1–100000$/, '应为整数 1–100000'],
  [/^expected an id of letters, digits and -$/, '应为由字母、数字和 - 组成的编号'],
  [/^expected explore, districts or present$/, '应为 explore、districts 或 present'],
  [/^expected offline or online$/, '应为 offline 或 online'],
  [/^expected three numbers lon,lat,zoom$/, '应为三个数：经度,纬度,缩放'],
  [/^expected zh or en$/, '应为 zh 或 en'],
  [/^lat must be in \[-85, 85\]$/, '纬度应在 −85 到 85 之间'],
  [/^lon must be in \[-180, 180\]$/, '经度应在 −180 到 180 之间'],
  [/^zoom must be in \[0, 22\]$/, '缩放级别应在 0 到 22 之间'],
];

/** One note ("kinds: unknown "x"") in the UI's language. */
export function ignoredText(note: string, lang: Lang): string {
  if (lang === 'en') return note;
  if (note === 'entry without a key') return '缺少参数名的项';
  const at = note.indexOf(': ');
  if (at < 0) return '无效参数';
  const key = note.slice(0, at);
  const reason = note.slice(at + 2);
  for (const [re, zh] of REASONS_ZH) {
    const m = re.exec(reason);
    if (!m) continue;
    let text = reason.replace(re, zh);
    // "(+37)": the values not named.
    if (re.source.startsWith('^unknown') && m[2]) text += `，另有 ${m[2]} 项`;
    return `${key}：${text}`;
  }
  return `${key}：无效`;
}
