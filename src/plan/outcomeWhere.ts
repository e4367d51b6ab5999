// Where a reported figure was found (data/outcomes.json source.where) mixes a URL with English
// remarks about the outlet; the Chinese UI gets those remarks in Chinese (names and URLs unchanged).
const ZH: ReadonlyArray<[RegExp, string]> = [
  [/news report of a (\S+) press conference/g, '关于$1新闻发布会的报道'],
  [/repost; original outlet not shown in stored copy/g, '转载；存档副本未显示原始媒体'],
  [/ \(repost\)/g, '（转载）'],
  [/underlying source: /g, '原始来源：'],
  [/ via /g, '，经'],
  [/same figures in /g, '同样数字见'],
  [/same wording in /g, '同样表述见'],
  [/, citing /g, '，引用'],
];

export function outcomeWhere(where: string, lang: 'zh' | 'en'): string {
  if (lang === 'en') return where;
  return ZH.reduce((s, [re, zh]) => s.replace(re, zh), where);
}
