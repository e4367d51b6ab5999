// "Copy link": the address of what is on screen to the clipboard, and a word that it was (or was not).
import { createSignal, onCleanup } from 'solid-js';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';

export function CopyLinkButton() {
  const { store } = useApp();
  const lang = () => store.state.lang;
  const [said, setSaid] = createSignal<'copied' | 'failed' | undefined>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const copy = async () => {
    clearTimeout(timer);
    try {
      await navigator.clipboard.writeText(location.href);
      setSaid('copied');
    } catch {
      setSaid('failed');
    }
    // The word goes after a while; the button stays.
    timer = setTimeout(() => setSaid(undefined), 2500);
  };
  return (
    <span class="copy-link">
      <button type="button" data-testid="copy-link" title={t(lang(), 'app.copyLinkTitle')} onClick={() => void copy()}>
        {t(lang(), 'app.copyLink')}
      </button>
      <span role="status" class="muted small" data-testid="copy-link-status">
        {said() === 'copied' ? t(lang(), 'app.linkCopied') : said() === 'failed' ? t(lang(), 'app.copyFailed') : ''}
      </span>
    </span>
  );
}
