// The browser side of the store's URL mirror: write the hash (push or replace), read it, and report
// the URL each hashchange/popstate event carries. Entries this app pushed are numbered in
// history.state, so the panel's Back can be the browser's Back without ever leaving the app.

interface HubState {
  hub: number;
}

const depthOf = (s: unknown): number => (typeof s === 'object' && s !== null && typeof (s as HubState).hub === 'number' ? (s as HubState).hub : 0);

export interface HashHistory {
  read(): string;
  write(hash: string, how: 'push' | 'replace'): void;
  listen(cb: (hash: string) => void): () => void;
  /** Is there an earlier entry of this app to go back to? */
  canGoBack(): boolean;
  back(): void;
}

export function createHashHistory(win: Window = window): HashHistory {
  const { history, location } = win;
  const urlOf = (hash: string) => hash || location.pathname + location.search;
  return {
    read: () => location.hash,
    write(hash, how) {
      const depth = depthOf(history.state);
      try {
        if (how === 'push') history.pushState({ hub: depth + 1 } satisfies HubState, '', urlOf(hash));
        else history.replaceState({ hub: depth } satisfies HubState, '', urlOf(hash));
      } catch {
        // Some embeddings (sandboxed iframes, opaque origins) refuse history writes: keep the app
        // working without the link mirror rather than fail.
      }
    },
    listen(cb) {
      // The URL the event is about, not whatever the store may have written since.
      const onHash = (e: HashChangeEvent) => cb(new URL(e.newURL).hash);
      const onPop = () => cb(location.hash);
      win.addEventListener('hashchange', onHash);
      win.addEventListener('popstate', onPop);
      return () => {
        win.removeEventListener('hashchange', onHash);
        win.removeEventListener('popstate', onPop);
      };
    },
    canGoBack: () => depthOf(history.state) > 0,
    back: () => history.back(),
  };
}
