import { describe, expect, it } from 'vitest';
import { floorDb, meterIntervalMs, meterWindow, peakDb } from '../../../../src/renderer/media/audio/levels';

/** A 20 ms full-scale beep (what Chromium's fake microphone sends twice a second) at `atMs`. */
function beepAt(sampleRate: number, lengthMs: number, atMs: number): Float32Array {
  const samples = new Float32Array(Math.round((sampleRate * lengthMs) / 1000));
  const start = Math.round((sampleRate * atMs) / 1000);
  for (let i = start; i < Math.min(samples.length, start + sampleRate / 50); i++)
    samples[i] = Math.sin((2 * Math.PI * 400 * i) / sampleRate);
  return samples;
}

describe('level meter window', () => {
  it.each([44_100, 48_000, 96_000])('covers more than one reading interval at %i Hz', (rate) => {
    const window = meterWindow(rate);
    expect(Math.log2(window) % 1).toBe(0);
    expect((window / rate) * 1000).toBeGreaterThan(meterIntervalMs * 1.2);
  });

  it('stays within what an AnalyserNode allows', () => {
    expect(meterWindow(384_000)).toBe(32768);
    expect(meterWindow(8_000, 1)).toBe(32);
  });

  it('a beep anywhere since the last reading reads at its peak, not diluted', () => {
    const rate = 48_000;
    const windowMs = (meterWindow(rate) / rate) * 1000;
    for (const atMs of [0, 40, windowMs - 25]) {
      const window = beepAt(rate, windowMs, atMs);
      expect(peakDb(window)).toBeGreaterThan(-0.1);
    }
  });
});

describe('peak level', () => {
  it('reads silence as the floor and a half-scale sample as -6 dBFS', () => {
    expect(peakDb(new Float32Array(64))).toBe(floorDb);
    expect(peakDb(Float32Array.of(0, -0.5, 0.25))).toBeCloseTo(-6.02, 2);
  });

  it('clamps what clips to 0 and what is too quiet to the floor', () => {
    expect(peakDb(Float32Array.of(1.8))).toBe(0);
    expect(peakDb(Float32Array.of(1e-5))).toBe(floorDb);
  });
});
