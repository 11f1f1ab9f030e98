/** Performance marks that benches and profilers read; cheap enough to always set. */
export const interactiveMark = 'studio:interactive';

/** The shell has mounted with settings loaded and answers input. Marked once per load. */
export function markInteractive(): void {
  if (performance.getEntriesByName(interactiveMark).length === 0) performance.mark(interactiveMark);
}
