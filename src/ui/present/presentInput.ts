// Present's keys and touch, bound to the window: keys before the map's own handler (capture), a swipe
// anywhere (card or map) turns the chapter, and any use of the screen counts as activity.
import { onCleanup } from 'solid-js';
import { keyCommand, swipeCommand, type PresentCommand } from '../../state/presentControls.ts';

export function bindPresentInput(run: (c: PresentCommand) => void, activity: () => void): void {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    const editable = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (e.ctrlKey || e.metaKey || e.altKey || editable) return;
    activity();
    const command = keyCommand(e, { button: target?.tagName === 'BUTTON' });
    if (!command) return;
    run(command);
    e.preventDefault();
    // Ours alone: the map does not pan on the arrows, Explore does not see this Escape.
    e.stopPropagation();
  };
  let touch: { x: number; y: number } | undefined;
  const onTouchStart = (e: TouchEvent) => {
    activity();
    const t = e.touches.length > 1 ? undefined : e.changedTouches[0];
    touch = t ? { x: t.clientX, y: t.clientY } : undefined;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const t = e.changedTouches[0];
    const start = touch;
    touch = undefined;
    const command = t && start ? swipeCommand(start, { x: t.clientX, y: t.clientY }) : undefined;
    if (command) run(command);
  };
  const pointer = () => activity();
  const passive = { passive: true } as const;
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('pointermove', pointer, passive);
  window.addEventListener('pointerdown', pointer, passive);
  window.addEventListener('wheel', pointer, passive);
  window.addEventListener('touchstart', onTouchStart, passive);
  window.addEventListener('touchend', onTouchEnd, passive);
  onCleanup(() => {
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('pointermove', pointer);
    window.removeEventListener('pointerdown', pointer);
    window.removeEventListener('wheel', pointer);
    window.removeEventListener('touchstart', onTouchStart);
    window.removeEventListener('touchend', onTouchEnd);
  });
}
