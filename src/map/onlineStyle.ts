// The opt-in street map: a MapLibre style URL fixed at build time (VITE_ONLINE_STYLE_URL; '' = none).
export const DEFAULT_ONLINE_STYLE_URL = 'https://tiles.openfreemap.org/styles/liberty';
