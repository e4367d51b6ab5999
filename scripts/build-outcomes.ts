// npm run build:outcomes — seeds/outcomes.json (researched actual figures) → data/outcomes.json,
// each linked to the plan target it answers. Deterministic; the link table below is the only judgement.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib/repoData.ts';

/** seeds' plan_target_key → the target in data/plan.json. */
const TARGET_OF: Record<string, string> = {
  'R&D经费占GDP比重': 'G1-T1',
  '基础研究经费支出占全社会研发支出比重': 'A2-T1',
  '技术交易合同成交金额': 'A3-T1',
  '高新技术企业': 'A4-T1',
  '高新技术产品产值占规模以上工业总产值比重': 'A4-T2',
  '国家级企业技术中心': 'A5-T4',
  '广东省实验室': 'A1-T2',
  '战略性新兴产业增加值': 'A6-T1',
};

interface SeedOutcome {
  indicator_zh: string; plan_target_key: string; year: number; value: number; value_qualifier: string; unit: string;
  source_title: string; source_url_or_publisher: string; source_date: string; quote: string; confidence: string; note?: string;
}

const seeds = JSON.parse(readFileSync(join(ROOT, 'seeds/outcomes.json'), 'utf8')) as SeedOutcome[];
const plan = JSON.parse(readFileSync(join(ROOT, 'data/plan.json'), 'utf8'));
const unitOf = new Map<string, string>();
for (const g of plan.goals) for (const t of g.targets) unitOf.set(t.id, t.unit);
for (const a of plan.actions) for (const t of a.targets) unitOf.set(t.id, t.unit);

/** The figure as the quote writes it: the value itself, or in 家 where the value is in 万家. */
function quotedForm(s: SeedOutcome): { number: string; unit: string; factor: number } {
  const plain = String(s.value);
  if (s.quote.includes(plain)) return { number: plain, unit: s.unit, factor: 1 };
  if (s.unit === '万家') {
    const n = String(Math.round(s.value * 10000));
    if (s.quote.includes(n)) return { number: n, unit: '家', factor: 10000 };
  }
  throw new Error(`seeds/outcomes.json: ${s.plan_target_key} ${s.year}: value ${s.value} not found in its quote`);
}

const outcomes = seeds.map((s, i) => {
  const target = TARGET_OF[s.plan_target_key];
  if (!target) throw new Error(`seeds/outcomes.json: no target for plan_target_key "${s.plan_target_key}"`);
  const [url, publisher] = s.source_url_or_publisher.split(' — ');
  return {
    id: `O${String(i + 1).padStart(2, '0')}`,
    target,
    year: s.year,
    value: s.value,
    unit: s.unit,
    comparable: unitOf.get(target) === s.unit,
    qualifier: s.value_qualifier,
    indicator_zh: s.indicator_zh,
    quoted: quotedForm(s),
    quote: s.quote,
    source: { title: s.source_title, where: publisher ? `${url} (${publisher})` : s.source_url_or_publisher, date: s.source_date },
    confidence: s.confidence,
    ...(s.note ? { note: s.note } : {}),
  };
});

const out = {
  provenance:
    'Actual figures for 2019–2021 from public sources (seeds/outcomes.json and seeds/outcomes-notes.md): NOT from the plan. ' +
    'Each keeps its quote and source; `comparable` is false where the source measures something else than the target (e.g. a share of GDP against an absolute value). ' +
    'Built by scripts/build-outcomes.ts.',
  outcomes,
};
writeFileSync(join(ROOT, 'data/outcomes.json'), JSON.stringify(out, null, 2) + '\n');
console.log(`build:outcomes: ${outcomes.length} figures → data/outcomes.json (${outcomes.filter((o) => !o.comparable).length} not comparable)`);
