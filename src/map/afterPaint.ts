// A selection's panel is what the user reads first: the map follows one frame later, so a software-
// rendered map frame never delays the panel's paint. The map is not idle while such work waits (tests
// and the bench wait for data-idle); a repaint after it makes sure an idle event follows.
import type * as maplibregl from 'maplibre-gl';

export type AfterPaint = (fn: () => void) => void;

export function createAfterPaint(map: maplibregl.Map, container: HTMLElement): AfterPaint {
  return (fn) => {
    container.dataset.idle = 'false';
    requestAnimationFrame(() =>
      setTimeout(() => {
        fn();
        map.triggerRepaint();
      }, 0),
    );
  };
}
