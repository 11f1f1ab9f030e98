/**
 * Wraps a value in Unicode first-strong isolates (U+2068 ... U+2069) so a
 * left-to-right value such as "0.0.0-beta", "Asia/Riyadh" or "US$ 1,299.50"
 * keeps its own order inside right-to-left text, and vice versa.
 */
export function isolate(value: string | number): string {
  return `\u2068${value}\u2069`;
}

/** An output size such as "1920x1080" as the UI writes it, "1920 × 1080", isolated as above. */
export function isolatedSize(resolution: string): string {
  return isolate(resolution.replace('x', ' × '));
}
