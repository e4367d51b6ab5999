// Checks the fetched data files against the app's schemas off the main thread (zod never loads there).
import { z } from 'zod';
import { parseAppData, type RawFiles } from './appData.ts';

// Under a strict CSP zod must not probe for eval.
z.config({ jitless: true });

self.onmessage = (e: MessageEvent<RawFiles>) => {
  self.postMessage(parseAppData(e.data));
};
