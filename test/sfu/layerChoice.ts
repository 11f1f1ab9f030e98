/**
 * Which simulcast layer a subscriber gets, from what its link can take, as a
 * LiveKit server's stream allocator does in spirit: the best layer whose bitrate
 * fits within the subscriber's bandwidth estimate (REMB) with some headroom; one
 * layer down at once when it no longer fits; back up only after the better layer has
 * fitted for a while, so a choppy estimate does not flip the picture between sizes.
 *
 * Unlike a LiveKit server it does not step down on the subscriber's reported loss:
 * that report counts the packets the publisher's uplink lost too (the forwarded
 * numbering keeps their gaps, so they can be repaired), and a smaller layer does not
 * cure an uplink; on measurement it only flipped viewers between layers.
 */
export interface Layer<T> {
  id: T;
  /** Higher is better (f > h > q). */
  rank: number;
  /** Measured over the last second. */
  bitrateBps: number;
}

export interface LayerChoiceOptions {
  /** The share of the estimate a layer may use. */
  headroom: number;
  /** How long a better layer must fit before the subscriber moves up to it. */
  upAfterMs: number;
}

const defaults: LayerChoiceOptions = { headroom: 0.9, upAfterMs: 3000 };

export class LayerChoice<T> {
  private current: T | undefined;
  private fitsSince = new Map<T, number>();

  constructor(private readonly options: LayerChoiceOptions = defaults) {}

  /**
   * The layer to forward among the active ones, given the subscriber's estimate (undefined
   * before its first report, or where it sends none: no limit).
   */
  choose(active: readonly Layer<T>[], estimateBps: number | undefined, now: number): T | undefined {
    const layers = [...active].sort((a, b) => b.rank - a.rank);
    if (layers.length === 0) return undefined;
    const fits = (layer: Layer<T>) =>
      estimateBps === undefined || layer.bitrateBps <= estimateBps * this.options.headroom;
    for (const layer of layers) {
      if (!fits(layer)) this.fitsSince.delete(layer.id);
      else if (!this.fitsSince.has(layer.id)) this.fitsSince.set(layer.id, now);
    }
    const currentIndex = layers.findIndex((l) => l.id === this.current);
    let target = layers.findIndex(fits);
    if (target === -1) target = layers.length - 1;
    if (currentIndex !== -1 && target < currentIndex) {
      // Better than now: only once it has fitted long enough (the first choice is made at once).
      const settled = layers.findIndex(
        (l, i) => i >= target && now - (this.fitsSince.get(l.id) ?? now) >= this.options.upAfterMs,
      );
      target = settled === -1 || settled > currentIndex ? currentIndex : settled;
    }
    this.current = layers[Math.min(target, layers.length - 1)]?.id;
    return this.current;
  }
}
