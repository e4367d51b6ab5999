/// <reference types="vite-plugin-pwa/client" />
// The service worker (vite-plugin-pwa / Workbox): precaches the build so a second visit starts from
// cache and opens with no network at all. An update is announced, never applied mid-session: the
// user chooses when to reload (an import or a presentation may be under way).
import { registerSW } from 'virtual:pwa-register';
import { linkManifest } from './appManifest.ts';

export interface UpdateHooks {
  /** A new version is waiting; call the returned function with true to reload into it. */
  needRefresh(): void;
  /** Everything is cached: the next visit works offline. */
  offlineReady(): void;
}

export function watchForUpdates(hooks: UpdateHooks): (reload: boolean) => Promise<void> {
  if (location.protocol === 'file:') return async () => {};
  // Installable from here on (see appManifest.ts for why not from the first byte).
  linkManifest();
  if (!('serviceWorker' in navigator)) return async () => {};
  return registerSW({
    immediate: true,
    onNeedRefresh: hooks.needRefresh,
    onOfflineReady: hooks.offlineReady,
    // No service worker (private mode, policy): the app works as before, online.
    onRegisterError: () => {},
  });
}
