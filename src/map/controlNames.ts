// MapLibre names its zoom buttons once, in English: renamed with the language (title and aria-label, as it does).
import { createEffect, type Accessor } from 'solid-js';

export function bindControlNames(container: HTMLElement, names: Accessor<{ zoomIn: string; zoomOut: string }> | undefined): void {
  createEffect(() => {
    const n = names?.();
    if (!n) return;
    for (const [cls, name] of [
      ['maplibregl-ctrl-zoom-in', n.zoomIn],
      ['maplibregl-ctrl-zoom-out', n.zoomOut],
    ] as const) {
      const b = container.querySelector<HTMLElement>(`.${cls}`);
      b?.setAttribute('title', name);
      b?.setAttribute('aria-label', name);
    }
  });
}
