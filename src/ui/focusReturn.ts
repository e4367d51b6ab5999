// Where keyboard focus goes when a panel, the list or the reader closes: back to the control that
// opened it. Panels re-render, so the opener may be gone; then an equal control (same data-id, or
// same tag and text) in the new page is focused instead.

interface Opener {
  el: HTMLElement | null;
  /** How to find an equivalent control once `el` has been replaced. */
  id?: string;
  tag?: string;
  text?: string;
}

// The control focused last: by the time a change is seen, the control that caused it may already
// have been removed with the old panel (and focus fallen back to <body>).
// A dialog focuses its own first control as it opens, so the opener is the last control focused
// outside any dialog.
let lastFocused: HTMLElement | null = null;
let lastOutsideDialog: HTMLElement | null = null;
const inDialog = (el: Element | null) => !!el?.closest('[role="dialog"]');
if (typeof document !== 'undefined') {
  document.addEventListener('focusin', (e) => {
    if (!(e.target instanceof HTMLElement)) return;
    lastFocused = e.target;
    if (!inDialog(e.target)) lastOutsideDialog = e.target;
  });
}

const capture = (): Opener => {
  const active = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const el = active && inDialog(active) ? lastOutsideDialog : (active ?? lastFocused);
  return { el, id: el?.dataset['id'], tag: el?.tagName, text: el?.textContent ?? undefined };
};

const visible = (el: HTMLElement) => el.isConnected && el.getClientRects().length > 0;

const restore = (o: Opener | undefined) => {
  if (!o) return;
  // After the closing update has rendered.
  queueMicrotask(() => {
    // A dialog that has just opened keeps the focus it took.
    if (document.activeElement?.closest('[role="dialog"]')) return;
    if (o.el && visible(o.el)) return o.el.focus();
    const same = [...document.querySelectorAll<HTMLElement>(o.id ? `[data-id="${CSS.escape(o.id)}"]` : (o.tag ?? 'button'))].find(
      (el) => visible(el) && (o.id !== undefined || el.textContent === o.text),
    );
    same?.focus();
  });
};

export function createFocusReturn() {
  // Per channel ('panel', 'reader'): a stack of [what is open, what opened it].
  const stacks = new Map<string, Array<[string, Opener]>>();
  return {
    /**
     * @param now what the channel shows now (undefined: closed); called on every change.
     * When it goes back to something shown earlier (or closes), focus returns to what opened the
     * screens above it; anything new records the control that has focus as its opener.
     */
    track(channel: string, now: string | undefined) {
      const stack = stacks.get(channel) ?? [];
      stacks.set(channel, stack);
      const at = now === undefined ? -1 : stack.findIndex(([k]) => k === now);
      if (now !== undefined && at < 0) {
        stack.push([now, capture()]);
        return;
      }
      const popped = stack.splice(at + 1);
      restore(popped[0]?.[1]);
    },
  };
}
