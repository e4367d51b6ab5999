// The Content-Security-Policy of the built page, as a pure function (tested in Node). Nothing remote
// is allowed except the origin of the opt-in online basemap, and only when the build has one.
export function contentSecurityPolicy(opts: { basemapOrigins: readonly string[] }): string {
  const remote = opts.basemapOrigins.join(' ');
  const withRemote = (base: string) => (remote ? `${base} ${remote}` : base);
  return [
    "default-src 'self'",
    "script-src 'self'",
    // MapLibre's worker is a file of the build; the single-file kiosk makes it a blob: URL.
    "worker-src 'self' blob:",
    "child-src 'self' blob:",
    // blob:: the user's own layers reach MapLibre as object URLs of GeoJSON built in the import worker.
    withRemote("connect-src 'self' blob:"),
    withRemote("img-src 'self' data: blob:"),
    // Solid and MapLibre set element styles; no remote style sheets.
    "style-src 'self' 'unsafe-inline'",
    "font-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Origins an online style URL needs (the style and, for the hosts we know, its tiles and glyphs). */
export function basemapOrigins(styleUrl: string | undefined, extra: readonly string[] = []): string[] {
  if (!styleUrl) return [...extra];
  try {
    const u = new URL(styleUrl);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return [...extra];
    return [...new Set([u.origin, ...extra])];
  } catch {
    return [...extra];
  }
}
