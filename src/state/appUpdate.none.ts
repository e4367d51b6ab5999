// Builds without a service worker (the single-file kiosk opened from file://): nothing to watch.
import type { UpdateHooks } from './appUpdate.ts';

export function watchForUpdates(_hooks: UpdateHooks): (reload: boolean) => Promise<void> {
  return async () => {};
}
