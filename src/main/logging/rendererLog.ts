import type { RendererLogLine } from '../../shared/logging/rendererLogLine';
import type { Logger } from './logger';

/**
 * Writes the renderer's log lines into main.log (scope `renderer:<part>`), so a host's problem
 * report holds both halves of the studio. At most `perMinute` lines a minute: beyond that lines
 * are counted, not written, and the count is logged once the minute is over.
 */
export class RendererLog {
  private windowStart = 0;
  private written = 0;
  private dropped = 0;

  constructor(
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
    private readonly perMinute = 300,
  ) {}

  write({ level, scope, message, fields }: RendererLogLine): void {
    const now = this.now();
    if (now - this.windowStart >= 60_000) {
      if (this.dropped > 0) this.logger.warn('renderer log lines dropped', { count: this.dropped });
      this.windowStart = now;
      this.written = 0;
      this.dropped = 0;
    }
    if (this.written >= this.perMinute) {
      this.dropped++;
      return;
    }
    this.written++;
    this.logger.child(scope)[level](message, fields);
  }
}
