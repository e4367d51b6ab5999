// Names from the user's files are shown as text, and a name may carry Unicode's bidirectional
// controls: U+202E (RIGHT-TO-LEFT OVERRIDE) makes "‮lanif.csv" read "vsc.lanif" and reverses
// whatever follows it on the line. Names are shown without these controls (and, where a name is an
// element of its own, isolated by CSS `unicode-bidi: isolate`), so a name never reorders the text
// around it. The data keep them: exports give back what came in.

/** ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** `s` without bidirectional-control characters. */
export const withoutBidiControls = (s: string): string => s.replace(BIDI_CONTROLS, '');
