// The opt-in street map: a MapLibre style URL fixed at build time (VITE_ONLINE_STYLE_URL; '' = none).
export const DEFAULT_ONLINE_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';
export const ONLINE_STYLE_URL: string = import.meta.env?.VITE_ONLINE_STYLE_URL ?? DEFAULT_ONLINE_STYLE_URL;
/** A build without a street map offers no switch to one. */
export const HAS_ONLINE_BASEMAP = ONLINE_STYLE_URL !== '';
