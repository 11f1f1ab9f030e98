import type { LiveFigures, ShowInfo } from '../../../shared/analytics/showReport';

/**
 * The dashboard's running figures for the show on air, kept beside the stored events so the dock
 * refreshes without reading the database: viewers now per market (each destination's last
 * count), questions still waiting, and buy clicks per product.
 */
export class LiveTally {
  private readonly audience = new Map<string, Record<string, number>>();
  private readonly questions = new Set<string>();
  private readonly answered = new Set<string>();
  private readonly clicks = new Map<string, number>();
  private readonly names = new Map<string, string>();

  constructor(readonly show: ShowInfo) {}

  audienceOf(destination: string, counts: Record<string, number>): void {
    this.audience.set(destination, counts);
  }

  question(id: string): void {
    this.questions.add(id);
  }

  answer(id: string): void {
    if (this.questions.has(id)) this.answered.add(id);
  }

  hide(id: string): void {
    this.questions.delete(id);
    this.answered.delete(id);
  }

  click(productId: string): void {
    this.clicks.set(productId, (this.clicks.get(productId) ?? 0) + 1);
  }

  productName(productId: string, name: string): void {
    this.names.set(productId, name);
  }

  figures(): LiveFigures {
    const viewers = new Map<string, number>();
    for (const counts of this.audience.values())
      for (const [market, count] of Object.entries(counts))
        viewers.set(market, (viewers.get(market) ?? 0) + count);
    return {
      show: this.show,
      viewers: [...viewers]
        .filter(([, count]) => count > 0)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([market, count]) => ({ market, count })),
      questionsWaiting: this.questions.size - this.answered.size,
      questionsAsked: this.questions.size,
      clicks: [...this.clicks]
        .sort((a, b) => b[1] - a[1])
        .map(([productId, clicks]) => ({ productId, name: this.names.get(productId) ?? productId, clicks })),
    };
  }
}
