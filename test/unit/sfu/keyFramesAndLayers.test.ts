import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { KeyFrameThrottle } from '../../sfu/keyFrameThrottle';
import { LayerChoice, type Layer } from '../../sfu/layerChoice';

describe('the test SFU’s key-frame throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends the first request at once and folds those within the interval into one', () => {
    const send = vi.fn();
    const throttle = new KeyFrameThrottle(send, 500, () => Date.now());
    throttle.request();
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(100);
    throttle.request();
    throttle.request();
    throttle.request();
    expect(send).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(400);
    expect(send).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(2000);
    expect(send).toHaveBeenCalledTimes(2);
    throttle.request();
    expect(send).toHaveBeenCalledTimes(3);
  });
});

describe('the test SFU’s layer choice', () => {
  const layers: Layer<string>[] = [
    { id: 'q', rank: 1, bitrateBps: 150_000 },
    { id: 'h', rank: 2, bitrateBps: 500_000 },
    { id: 'f', rank: 3, bitrateBps: 1_700_000 },
  ];

  it('gives the best layer before any estimate, and the best that fits one', () => {
    expect(new LayerChoice<string>().choose(layers, undefined, 0)).toBe('f');
    expect(new LayerChoice<string>().choose(layers, 1_000_000, 0)).toBe('h');
    expect(new LayerChoice<string>().choose(layers, 50_000, 0)).toBe('q');
  });

  it('steps down at once when the layer no longer fits, and up only after 3 s', () => {
    const choice = new LayerChoice<string>();
    expect(choice.choose(layers, 5_000_000, 0)).toBe('f');
    expect(choice.choose(layers, 1_000_000, 100)).toBe('h');
    expect(choice.choose(layers, 5_000_000, 200)).toBe('h');
    expect(choice.choose(layers, 5_000_000, 2_000)).toBe('h');
    expect(choice.choose(layers, 5_000_000, 3_300)).toBe('f');
  });

  it('forgets a better layer’s fit when it stops fitting, so a flickering estimate does not move it up', () => {
    const choice = new LayerChoice<string>();
    choice.choose(layers, 1_000_000, 0);
    choice.choose(layers, 5_000_000, 1_000);
    choice.choose(layers, 1_000_000, 2_000);
    expect(choice.choose(layers, 5_000_000, 4_500)).toBe('h');
    expect(choice.choose(layers, 5_000_000, 7_600)).toBe('f');
  });
});
