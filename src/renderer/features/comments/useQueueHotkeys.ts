import { useEffect, useState, type RefObject } from 'react';
import { isKeyTaken } from '../shell/typingTarget';

/** The queue's keys (not while typing): the action each one clicks on the focused question. */
export const queueKeys = { r: 'reply', s: 'pin', a: 'answered' } as const;

/**
 * Runs the question queue from the keyboard: J and K move to the next and previous question,
 * R replies to it, S puts it on screen (or takes it off), A marks it answered. The keys press the
 * focused card's own buttons, so they do exactly what a click does.
 */
export function useQueueHotkeys(
  list: RefObject<HTMLElement | null>,
  ids: readonly string[],
): [focusedId: string | undefined, choose: (id: string) => void] {
  const [chosen, setChosen] = useState<string>();
  // The chosen question, or the first while none is chosen or it has left the queue.
  const focusedId = chosen !== undefined && ids.includes(chosen) ? chosen : ids[0];
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (isKeyTaken(event)) return;
      if (event.ctrlKey || event.metaKey || event.altKey || ids.length === 0) return;
      const key = event.key.toLowerCase();
      const at = focusedId === undefined ? -1 : ids.indexOf(focusedId);
      if (key === 'j' || key === 'k') {
        const next = ids[Math.min(ids.length - 1, Math.max(0, at + (key === 'j' ? 1 : -1)))];
        setChosen(next);
        list.current?.querySelector(`[data-comment-id="${next}"]`)?.scrollIntoView({ block: 'nearest' });
        return;
      }
      const action = queueKeys[key as keyof typeof queueKeys];
      if (!action || focusedId === undefined) return;
      const card = list.current?.querySelector(`[data-comment-id="${focusedId}"]`);
      card?.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)?.click();
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [list, ids, focusedId]);
  return [focusedId, setChosen];
}
