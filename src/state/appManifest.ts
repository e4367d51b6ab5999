// The web-app manifest is linked once the map is up, not from index.html: given a manifest, Chromium
// checks at once whether the page is installable (fetches the manifest and its icons, decodes them,
// animates an install icon into the browser's toolbar), and on a 2-core machine that browser work
// competed with the map's first drawing (~0.1 s of first idle in an A/B, 9 loads each). Linked later, the app is
// installable all the same: the browser watches the document's manifest link.
export const MANIFEST_HREF = './manifest.webmanifest';

/** Adds `<link rel="manifest">` to the head unless one is there; returns the link. */
export function linkManifest(doc: Document = document, href: string = MANIFEST_HREF): HTMLLinkElement {
  const existing = doc.head.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (existing) return existing;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = href;
  doc.head.append(link);
  return link;
}
