/**
 * Key-frame requests to one publisher's layer, rate-limited as a LiveKit server's
 * PLI throttle does (500 ms there for low quality, 1 s for the others; one interval
 * here): the first goes at once, and every request within the interval after it is
 * folded into one sent when the interval ends. So many viewers asking at once cost
 * the publisher one key frame, and none is forgotten.
 */
export class KeyFrameThrottle {
  private lastAt = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly send: () => void,
    private readonly intervalMs = 500,
    private readonly now: () => number = Date.now,
  ) {}

  request(): void {
    const waited = this.now() - this.lastAt;
    if (waited >= this.intervalMs) return this.fire();
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.fire();
    }, this.intervalMs - waited);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    this.lastAt = this.now();
    this.send();
  }
}
