/** The quietest level a meter shows; anything below reads as silence. */
export const floorDb = -60;

/** How often a level meter reads its probe. */
export const meterIntervalMs = 100;

/** The largest window an AnalyserNode offers (Web Audio's limit on fftSize). */
const maxWindow = 32768;

/**
 * Samples an analyser must hold so that one reading covers everything since the previous one:
 * the next power of two (fftSize's rule) above the meter's interval, with room for a late timer.
 * A shorter window misses a short sound (a plosive, a clap, a clip) that falls between readings.
 */
export function meterWindow(sampleRate: number, intervalMs = meterIntervalMs): number {
  const wanted = (sampleRate * intervalMs * 1.5) / 1000;
  return Math.min(maxWindow, Math.max(32, 2 ** Math.ceil(Math.log2(wanted))));
}

/** Sample peak of a window, in dBFS (floorDb..0): what clips is what the host must see. */
export function peakDb(samples: Float32Array): number {
  let peak = 0;
  for (const sample of samples) peak = Math.max(peak, Math.abs(sample));
  return peak > 0 ? Math.max(floorDb, Math.min(0, 20 * Math.log10(peak))) : floorDb;
}

/** A meter's tap on a point of the audio graph: connect a node to `node`, read its level. */
export class LevelProbe {
  readonly node: AnalyserNode;
  private readonly window: Float32Array<ArrayBuffer>;

  constructor(context: BaseAudioContext) {
    this.node = context.createAnalyser();
    this.node.fftSize = meterWindow(context.sampleRate);
    this.window = new Float32Array(this.node.fftSize);
  }

  /** Peak level of the last window, in dBFS. */
  read(): number {
    this.node.getFloatTimeDomainData(this.window);
    return peakDb(this.window);
  }
}
