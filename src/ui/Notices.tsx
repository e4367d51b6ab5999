// The strip of passing messages under the top bar: the link's ignored parameters, a failed export, the
// street map's troubles, a new version waiting.
import { Show } from 'solid-js';
import { t } from '../i18n/index.ts';
import { useApp } from './context.ts';
import { IgnoredNotice } from './IgnoredNotice.tsx';
import { Notice } from './Notice.tsx';
import { LoadFailed } from './LoadFailed.tsx';

export function Notices() {
  const { store, notices } = useApp();
  const lang = () => store.state.lang;
  return (
    <>
      <Show when={store.ignored().length > 0}>
        <IgnoredNotice items={store.ignored()} onClose={() => store.dismissIgnored()} />
      </Show>
      <Show when={notices.exportError()}>
        {(msg) => (
          <Notice tone="warn" onClose={() => notices.setExportError(undefined)}>
            {t(lang(), 'app.exportFailed')}
            {msg()}
          </Notice>
        )}
      </Show>
      <Show when={notices.loadFailed()}>
        {(f) => (
          <LoadFailed class="notice warn" what={f().what} failure={f().failure} leave={{ label: 'close', run: () => notices.setLoadFailed(undefined) }} />
        )}
      </Show>
      <Show when={notices.basemapError()}>
        {(why) => (
          <Notice tone="warn" onClose={() => notices.setBasemapError(undefined)}>
            {t(lang(), why() === 'timeout' ? 'app.basemapTimeout' : 'app.basemapFailed')}
          </Notice>
        )}
      </Show>
      <Show when={notices.updateReady()}>
        <Notice onClose={notices.dismissUpdate}>
          {t(lang(), 'app.updateReady')}{' '}
          <button type="button" class="link" onClick={notices.applyUpdate}>
            {t(lang(), 'app.updateNow')}
          </button>
        </Notice>
      </Show>
      <Show when={notices.basemapPartial() && store.state.basemap === 'online'}>
        <Notice tone="warn" onClose={() => notices.setBasemapPartial(false)}>
          {t(lang(), 'app.basemapPartial')}{' '}
          <button
            type="button"
            class="link"
            onClick={() => {
              notices.setBasemapPartial(false);
              store.set('basemap', 'offline');
            }}
          >
            {t(lang(), 'app.useBuiltInMap')}
          </button>
        </Notice>
      </Show>
    </>
  );
}
