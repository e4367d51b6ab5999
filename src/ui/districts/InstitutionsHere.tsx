// Districts mode under an institution metric: the institutions counted in the chosen district (or
// whose district no source gives), each opening its panel, and the export of those counted.
import { For } from 'solid-js';
import type { InstitutionFeature } from '../../data/institutionSchema.ts';
import { institutionsCsv } from '../../data/exportInstitutions.ts';
import { exportFileName } from '../../data/exportPlaces.ts';
import { INSTITUTION_KINDS_INFO } from '../../plan/institutions.ts';
import { useApp } from '../context.ts';
import { InstitutionItem } from '../institutions/InstitutionItem.tsx';
import { t } from '../../i18n/index.ts';
import { download } from './ExportBox.tsx';

export function InstitutionsHere(props: { label: string; features: readonly InstitutionFeature[]; onOpen: (id: string) => void; onClose: () => void }) {
  const { store } = useApp();
  const lang = () => store.state.lang;
  return (
    <section class="district-places" data-testid="district-institutions" aria-labelledby="district-inst-title">
      <header>
        <h3 id="district-inst-title" tabindex="-1">
          {t(lang(), 'institutions.listTitle', { d: props.label, n: props.features.length })}
        </h3>
        <div class="actions">
          <button type="button" onClick={() => props.onClose()} aria-label={t(lang(), 'institutions.close')}>
            ×
          </button>
        </div>
      </header>
      <ul class="plain institution-list">
        <For each={props.features}>{(f) => <InstitutionItem feature={f} showKind onOpen={props.onOpen} />}</For>
      </ul>
    </section>
  );
}

export function InstitutionExport(props: { features: readonly InstitutionFeature[] }) {
  const { store, tr } = useApp();
  const lang = () => store.state.lang;
  const csv = () =>
    download(
      exportFileName(store.state.metric, new Date(), 'csv'),
      institutionsCsv(props.features, { kindName: (k) => tr(INSTITUTION_KINDS_INFO[k as keyof typeof INSTITUTION_KINDS_INFO]), lang: lang() }),
      'text/csv;charset=utf-8',
    );
  return (
    <section class="export" aria-labelledby="inst-export-title">
      <h3 id="inst-export-title">{t(lang(), 'institutions.exportTitle')}</h3>
      <p class="note">{t(lang(), 'institutions.exportNote', { n: props.features.length })}</p>
      <div class="buttons">
        <button type="button" onClick={csv} disabled={props.features.length === 0} data-testid="export-institutions-csv">
          {t(lang(), 'institutions.exportCsv')}
        </button>
      </div>
    </section>
  );
}
