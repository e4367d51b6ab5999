// One institution in a list: its ring (as on the map; faded when it has no known site), its name as a
// button that opens its panel, and whether it is on the map (with its kind where the list mixes kinds).
import type { InstitutionFeature } from '../../data/institutionSchema.ts';
import { INSTITUTION_KINDS_INFO } from '../../plan/institutions.ts';
import { useApp } from '../context.ts';
import { t } from '../../i18n/index.ts';

export function InstitutionItem(props: { feature: InstitutionFeature; showKind?: boolean; onOpen: (id: string) => void }) {
  const { store, tr } = useApp();
  const lang = () => store.state.lang;
  const f = () => props.feature;
  const info = () => INSTITUTION_KINDS_INFO[f().properties.kind];
  return (
    <li data-institution={f().id}>
      <span class="ring-swatch" classList={{ unsited: f().geometry === null }} style={{ 'border-color': info().color }} aria-hidden="true" />
      <button type="button" class="link" onClick={() => props.onOpen(f().id)}>
        {lang() === 'zh' ? f().properties.name_zh : f().properties.name_en}
      </button>
      <span class="muted small">
        {' '}
        {props.showKind ? `· ${tr(info())} ` : ''}· {f().geometry ? t(lang(), 'institutions.onMap') : t(lang(), 'institutions.notOnMap')}
      </span>
    </li>
  );
}
