// A screen's code that could not be loaded (a network blip, or a deploy that removed the old files):
// shown in the shell, since the screen's own messages would come with the code that failed.
import type { Catalogue } from '../types.ts';

export const loads = {
  failed: { zh: '未能加载{what}：网络可能中断了。', en: 'Could not load {what}: the connection may have dropped.' },
  gone: { zh: '地图已有新版本：请重新加载，以打开{what}。', en: 'A new version of this map is ready: reload to open {what}.' },
  retry: { zh: '重试', en: 'Try again' },
  reload: { zh: '重新加载', en: 'Reload' },
  back: { zh: '返回“探索”', en: 'Back to Explore' },
  close: { zh: '关闭', en: 'Close' },
  districts: { zh: '“分区”页面', en: 'the Districts screen' },
  institutions: { zh: '机构数据', en: 'the institutions data' },
  present: { zh: '“演示”模式', en: 'Present mode' },
  reader: { zh: '规划全文', en: 'the plan reader' },
  poster: { zh: '图片导出', en: 'the image export' },
  brief: { zh: '打印简报', en: 'the printable brief' },
  scorecard: { zh: '“成效”页面', en: 'the Scorecard' },
} as const satisfies Catalogue;
