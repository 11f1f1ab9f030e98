/** Whether a key went to a field the host is typing in: the studio's single-key shortcuts leave it alone. */
export function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('input, select, textarea, [contenteditable="true"]') !== null
  );
}

/**
 * Whether a key is not the studio shortcuts' to take: typed into a field, or already handled by the
 * focused control (a splitter's or a menu's arrows call preventDefault before the key reaches the
 * window).
 */
export function isKeyTaken(event: KeyboardEvent): boolean {
  return event.defaultPrevented || isTypingTarget(event.target);
}
