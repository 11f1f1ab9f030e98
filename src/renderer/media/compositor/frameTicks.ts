/**
 * Whether a frame-clock tick, due at `dueAt` (epoch milliseconds, as the clock worker posts
 * them), has a newer tick already due behind it: it is then a whole frame late, and drawing it
 * would only put two frames back to back. A tick less late than that is the newest, and drawn.
 */
export function isSuperseded(dueAt: number, now: number, fps: number): boolean {
  return now - dueAt >= 1000 / fps;
}
