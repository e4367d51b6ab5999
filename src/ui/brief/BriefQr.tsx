// The QR code of the brief's link, drawn as one SVG path from the modules qrcode-generator computes
// (no markup strings, nothing evaluated: it works under the page's CSP and offline).
import { createMemo } from 'solid-js';
import qrcode from 'qrcode-generator';

/** Quiet zone around the code, in modules (the standard asks for 4). */
const QUIET = 4;

/** The dark modules of `text` as an SVG path in module units, and the code's size with its quiet zone. */
export function qrPath(text: string): { d: string; size: number } {
  // Medium error correction: a printed code survives a fold or a smudge, and stays small.
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  const parts: string[] = [];
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) parts.push(`M${c + QUIET} ${r + QUIET}h1v1h-1z`);
  }
  return { d: parts.join(''), size: n + QUIET * 2 };
}

export function BriefQr(props: { link: string; label: string }) {
  // A URL's hash is percent-encoded ASCII, which the library's byte mode takes as it is; anything else is encoded.
  const code = createMemo(() => qrPath(/^[\x21-\x7e]*$/.test(props.link) ? props.link : encodeURI(props.link)));
  return (
    <svg
      class="b-qr-code"
      viewBox={`0 0 ${code().size} ${code().size}`}
      role="img"
      aria-label={props.label}
      shape-rendering="crispEdges"
      data-link={props.link}
    >
      <rect width={code().size} height={code().size} fill="#fff" />
      <path d={code().d} fill="#000" />
    </svg>
  );
}
