import type { CompositorStats } from '../media/compositor/compositorStats';

export interface Diagnostics {
  compositorStats(): CompositorStats;
  resetCompositorStats(): void;
  /** Frames the destinations' encoders skipped (behind), since the window opened. */
  outputDroppedFrames(): number;
}

/**
 * With `?diagnostics` in the page URL (the benches load it so), exposes the
 * compositor's frame statistics as `window.__crossliveDiagnostics`. Normal
 * starts expose nothing.
 */
export function exposeDiagnostics(diagnostics: Diagnostics): void {
  if (!new URLSearchParams(location.search).has('diagnostics')) return;
  Object.defineProperty(window, '__crossliveDiagnostics', { value: Object.freeze(diagnostics) });
}
