// Present: a tap on the map names what it touched for a few seconds; the chapter stays.
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { AppContext } from '../context.ts';

export function createTapName(app: AppContext, showMs: number): Accessor<string | undefined> {
  const [name, setName] = createSignal<string | undefined>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  createEffect(
    on(
      app.mapView.tapped,
      (tap) => {
        if (!tap) return;
        const f = app.place(tap.id) ?? app.corridor(tap.id);
        setName(f ? app.tr({ zh: f.properties.name_zh, en: f.properties.name_en }) : undefined);
        clearTimeout(timer);
        timer = setTimeout(() => setName(undefined), showMs);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));
  return name;
}
