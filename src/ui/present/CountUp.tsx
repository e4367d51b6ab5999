// A reported figure counting up to its value (src/plan/countUp.ts), once each time it appears; with
// reduced motion it stands at its value from the first frame. What is read aloud is the figure itself,
// never the numbers on the way to it.
import { createSignal, createEffect, on, onCleanup } from 'solid-js';
import { countUpProgress, countUpText } from '../../plan/countUp.ts';

export function CountUp(props: { text: string; reduced: boolean }) {
  const [shown, setShown] = createSignal(props.reduced ? props.text : countUpText(props.text, 0));
  const [counting, setCounting] = createSignal(false);
  let frame = 0;
  const stop = () => {
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };
  createEffect(
    on([() => props.text, () => props.reduced], ([text, reduced]) => {
      stop();
      if (reduced) {
        setCounting(false);
        setShown(text);
        return;
      }
      setShown(countUpText(text, 0));
      setCounting(true);
      let start: number | undefined;
      const step = (now: number) => {
        start ??= now;
        const p = countUpProgress(start, now, false);
        setShown(countUpText(text, p));
        if (p < 1) frame = requestAnimationFrame(step);
        else {
          frame = 0;
          setCounting(false);
        }
      };
      frame = requestAnimationFrame(step);
    }),
  );
  onCleanup(stop);
  return (
    <span class="present-countup" data-final={props.text} data-counting={counting() ? 'true' : 'false'}>
      <span aria-hidden="true" data-testid="present-countup">
        {shown()}
      </span>
      <span class="sr-only">{props.text}</span>
    </span>
  );
}
