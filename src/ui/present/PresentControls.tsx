// The on-screen buttons of a presentation (they fade when the mouse is idle, and stay reachable by
// keyboard), with the keys written beside them.
import type { PresentCommand } from '../../state/presentControls.ts';
import { t, type Lang } from '../../i18n/index.ts';

/** A stroked 24×24 icon: vector, so it stays sharp at any size. */
function Icon(props: { d: string }) {
  return (
    <svg class="present-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d={props.d} />
    </svg>
  );
}

export function PresentControls(props: {
  ref: (el: HTMLElement) => void;
  lang: Lang;
  idle: boolean;
  index: number;
  total: number;
  running: boolean;
  fullscreen: boolean;
  run(c: PresentCommand): void;
}) {
  const label = (k: Parameters<typeof t>[1]) => t(props.lang, k);
  return (
    <nav ref={props.ref} class="present-controls" classList={{ idle: props.idle }} aria-label={label('present.controls')}>
      <button type="button" onClick={() => props.run('prev')} disabled={props.index <= 1} aria-label={label('present.prev')} title={label('present.prev')}>
        <Icon d="M15 5l-7 7 7 7" />
      </button>
      <button
        type="button"
        onClick={() => props.run('next')}
        disabled={props.index >= props.total}
        aria-label={label('present.next')}
        title={label('present.next')}
      >
        <Icon d="M9 5l7 7-7 7" />
      </button>
      <button
        type="button"
        onClick={() => props.run('autoplay')}
        aria-pressed={props.running}
        aria-label={label('present.autoplay')}
        title={label('present.autoplay')}
      >
        <Icon d={props.running ? 'M8 5v14M16 5v14' : 'M7 4.5v15l12-7.5z'} />
      </button>
      <button
        type="button"
        class="present-lang"
        onClick={() => props.run('lang')}
        aria-label={label('present.languageLabel')}
        lang={props.lang === 'zh' ? 'en' : 'zh'}
      >
        {label('present.language')}
      </button>
      <button
        type="button"
        onClick={() => props.run('fullscreen')}
        aria-pressed={props.fullscreen}
        aria-label={label('present.fullscreen')}
        title={label('present.fullscreen')}
      >
        <Icon d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
      </button>
      <button type="button" onClick={() => props.run('exit')} aria-label={label('present.exit')} title={label('present.exit')}>
        <Icon d="M6 6l12 12M18 6L6 18" />
      </button>
      <span class="present-keys" aria-hidden="true">
        {label('present.keys')}
      </span>
    </nav>
  );
}
