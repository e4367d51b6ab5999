// The user's layers in this browser's storage: what was not stored, what could not be read, how much
// is kept. Comes with the Districts screen (the only one that shows the layers' list).
import type { Catalogue } from '../types.ts';
import { addCatalogue } from '../index.ts';

export const storage = {
  notKeptFull: {
    zh: '浏览器存储空间已满，图层“{n}”未能保存：它只保留到关闭本页。',
    en: 'This browser’s storage is full, so the layer “{n}” was not stored: it lives only until this page is closed.',
  },
  notKept: {
    zh: '浏览器未能保存图层“{n}”：它只保留到关闭本页。',
    en: 'This browser could not store the layer “{n}”: it lives only until this page is closed.',
  },
  changeNotKept: {
    zh: '对图层“{n}”的修改未能保存到浏览器：只保留到关闭本页。',
    en: 'The change to the layer “{n}” could not be stored in this browser: it lasts only until this page is closed.',
  },
  notRemoved: {
    zh: '图层“{n}”未能从浏览器存储中删除：重新加载后它会再次出现。',
    en: 'The layer “{n}” could not be removed from this browser’s storage: it will be back after a reload.',
  },
  notRemovedAll: {
    zh: '您的数据未能从浏览器存储中全部删除：重新加载后，剩下的会再次出现。',
    en: 'Your data could not all be removed from this browser’s storage: what remains will be back after a reload.',
  },
  asideNotRemoved: { zh: '另行保留的记录未能从浏览器存储中删除。', en: 'The record kept aside could not be removed from this browser’s storage.' },
  unreadable: {
    zh: '无法读取浏览器存储：现在导入的图层只保留到关闭本页。',
    en: 'This browser’s storage could not be read: layers you import now live only until this page is closed.',
  },
  aside: {
    zh: '有 {n} 个已保存的图层无法读取，已另行保留；其余图层照常显示。',
    en: '{n, plural, one {# stored layer could not be read; it was kept aside} other {# stored layers could not be read; they were kept aside}}, and the others are shown.',
  },
  asideNote: {
    zh: '另行保留的记录不会被覆盖，直到您删除它。',
    en: 'Nothing kept aside is written over until you remove it.',
  },
  asideRecord: { zh: '记录 {k}', en: 'record {k}' },
  asideImported: { zh: '{at} 导入的图层', en: 'a layer imported {at}' },
  asideRemove: { zh: '删除', en: 'Remove' },
  asideRemoveLabel: { zh: '删除另行保留的“{n}”', en: 'Remove “{n}”, kept aside' },
  pageOnly: { zh: '未保存：只保留到关闭本页', en: 'not stored: only until this page is closed' },
  saving: { zh: '正在保存…', en: 'storing…' },
  recovered: { zh: '已找回：原名称已丢失，以导入时间命名', en: 'recovered: its name was lost, so it is named by its import time' },
  usageLayers: { zh: '您的图层占用本浏览器存储 {size}。', en: 'Your layers take {size} of this browser’s storage.' },
  usageSite: {
    zh: '本网站占用本浏览器存储 {size}（您的图层和地图的离线副本）。',
    en: 'This site takes {size} of this browser’s storage (your layers and the offline copy of the map).',
  },
} as const satisfies Catalogue;

addCatalogue('storage', storage);
