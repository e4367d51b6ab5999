// Entry: the shell paints at once; the data and the map load beside it (see ui/Boot.tsx).
import { render } from 'solid-js/web';
import { Boot } from './ui/Boot.tsx';
import './ui/app.css';
import mapWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { startEarlyWorker } from './map/earlyWorker.ts';

// First: MapLibre's worker starts loading while the rest of the page does (src/map/earlyWorker.ts).
startEarlyWorker(mapWorkerUrl);

performance.mark('app-start');
const root = document.getElementById('root')!;
// The static page shows a word while this script downloads; the app takes over from here.
root.replaceChildren();
render(() => <Boot />, root);
