// Which brief is open (none, or one subject), and the control to give keyboard focus back to once it
// closes. The brief itself is a lazy screen (src/ui/brief/BriefView.tsx).
import { createSignal, type Accessor } from 'solid-js';
import type { BriefSubject } from '../plan/brief.ts';

export interface BriefControl {
  subject: Accessor<BriefSubject | undefined>;
  open(subject: BriefSubject): void;
  close(): void;
}

export function createBriefControl(): BriefControl {
  const [subject, setSubject] = createSignal<BriefSubject | undefined>();
  let opener: HTMLElement | null = null;
  return {
    subject,
    open(s) {
      opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setSubject(s);
    },
    close() {
      setSubject(undefined);
      if (opener?.isConnected) opener.focus();
      opener = null;
    },
  };
}
