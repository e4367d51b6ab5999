// Vite plugin for the built page's head: the Content-Security-Policy, and a modulepreload of the map
// chunk so MapLibre downloads beside the shell and the data instead of after them. A test build
// (pageProbe) also gets the page probe right after the policy (pageProbe.ts).
import type { Plugin } from 'vite';
import { contentSecurityPolicy } from './csp.ts';
import { PAGE_PROBE_FILE, PAGE_PROBE_SOURCE } from './pageProbe.ts';

export function htmlHead(opts: { basemapOrigins: readonly string[]; preloadChunkOf: string; pageProbe?: boolean }): Plugin {
  return {
    name: 'hub-html-head',
    apply: 'build',
    generateBundle() {
      if (opts.pageProbe) this.emitFile({ type: 'asset', fileName: PAGE_PROBE_FILE, source: PAGE_PROBE_SOURCE });
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(opts.preloadChunkOf));
        return [
          { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(opts) }, injectTo: 'head-prepend' as const },
          ...(opts.pageProbe ? [{ tag: 'script', attrs: { src: `./${PAGE_PROBE_FILE}` }, injectTo: 'head-prepend' as const }] : []),
          ...(chunk ? [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: '', href: `./${chunk.fileName}` }, injectTo: 'head' as const }] : []),
        ];
      },
    },
  };
}
