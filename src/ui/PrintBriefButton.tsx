// "Print brief": opens the one-page brief of what the panel shows.
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import type { BriefSubject } from '../plan/brief.ts';

export function PrintBriefButton(props: { subject: BriefSubject }) {
  const { store, brief } = useApp();
  return (
    <button
      type="button"
      class="print-brief"
      data-testid="print-brief"
      title={t(store.state.lang, 'printBrief.buttonTitle')}
      aria-haspopup="dialog"
      onClick={() => brief.open(props.subject)}
    >
      {t(store.state.lang, 'printBrief.button')}
    </button>
  );
}
