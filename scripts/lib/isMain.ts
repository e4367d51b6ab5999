// A script does its work only when it is the program Node runs (`tsx scripts/x.ts`), so that a test
// or another script can import it, and what it exports, without building anything.
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Is the module whose `import.meta.url` this is the entry point of the process? */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    // Node runs the entry by its real path (symlinks resolved), and so names its import.meta.url.
    return moduleUrl === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}
