/** The quietest level a meter shows; anything below reads as silence. */
export const floorDb = -60;

/** RMS level of an analyser's current window, in dBFS (floorDb..0). */
export function levelDb(analyser: AnalyserNode, buffer: Float32Array<ArrayBuffer>): number {
  analyser.getFloatTimeDomainData(buffer);
  let sum = 0;
  for (const sample of buffer) sum += sample * sample;
  const rms = Math.sqrt(sum / buffer.length);
  return rms > 0 ? Math.max(floorDb, Math.min(0, 20 * Math.log10(rms))) : floorDb;
}
