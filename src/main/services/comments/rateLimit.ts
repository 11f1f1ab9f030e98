/** At most `limit` comments per viewer in any `windowMs`: a flood from one viewer cannot drown the others. */
export class PerViewerRateLimit {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 10_000,
  ) {}

  allow(viewer: string, now: number): boolean {
    const times = (this.recent.get(viewer) ?? []).filter((t) => now - t < this.windowMs);
    if (times.length >= this.limit) {
      this.recent.set(viewer, times);
      return false;
    }
    times.push(now);
    this.recent.set(viewer, times);
    return true;
  }
}
