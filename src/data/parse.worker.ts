// Checks the fetched data files against the app's schemas off the main thread (zod never loads there).
import { parseAppData, type RawFiles } from './appData.ts';

self.onmessage = (e: MessageEvent<RawFiles>) => {
  self.postMessage(parseAppData(e.data));
};
