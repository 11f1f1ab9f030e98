/** Whether a key went to a field the host is typing in: the studio's single-key shortcuts leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('input, select, textarea, [contenteditable="true"]') !== null
  );
}
