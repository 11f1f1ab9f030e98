import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PathModel } from '../../sfu/pathModel';

describe('the impaired network path', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('drains each direction at its rate after the delay, and drops what overflows the queue', () => {
    // 1 Mb/s: a 1250-byte packet takes 10 ms on the link; the queue holds 50 ms.
    const path = new PathModel({ delayMs: 100, loss: 0, rateBps: 1_000_000, queueMs: 50 }, () => 1);
    const arrived: number[] = [];
    for (let i = 0; i < 10; i++) path.carry(() => arrived.push(i), true, 1250, 'up');
    path.carry(() => arrived.push(100), true, 1250, 'down');
    vi.advanceTimersByTime(109);
    expect(arrived).toEqual([]);
    vi.advanceTimersByTime(2);
    expect(arrived).toEqual([0, 100]);
    vi.advanceTimersByTime(1000);
    // Six fit within 50 ms of queue (0 to 5: waiting 0, 10, ..., 50 ms); the rest were dropped.
    expect(arrived).toEqual([0, 100, 1, 2, 3, 4, 5]);
  });

  it('queues TCP past the limit instead of dropping it', () => {
    const path = new PathModel({ delayMs: 0, loss: 0, rateBps: 1_000_000, queueMs: 10 }, () => 1);
    const arrived: number[] = [];
    for (let i = 0; i < 5; i++) path.carry(() => arrived.push(i), false, 1250, 'up');
    vi.advanceTimersByTime(100);
    expect(arrived).toEqual([0, 1, 2, 3, 4]);
  });

  it('loses UDP during a blackout and sends TCP on, in order, when it ends', async () => {
    const path = new PathModel({ delayMs: 20, loss: 0 }, () => 1);
    const arrived: string[] = [];
    path.carry(() => arrived.push('tcp in flight'), false);
    const over = path.blackout(2000);
    path.carry(() => arrived.push('udp'), true);
    path.carry(() => arrived.push('tcp'), false);
    vi.advanceTimersByTime(1000);
    expect(arrived).toEqual([]);
    vi.advanceTimersByTime(1000);
    await over;
    path.carry(() => arrived.push('tcp after'), false);
    vi.advanceTimersByTime(25);
    expect(arrived).toEqual(['tcp in flight', 'tcp', 'tcp after']);
  });

  it('drops each UDP packet with the loss probability, never TCP', () => {
    const draws = [0.01, 0.5, 0.02, 0.9];
    const path = new PathModel({ delayMs: 0, loss: 0.03 }, () => draws.shift() ?? 1);
    const arrived: string[] = [];
    path.carry(() => arrived.push('a'), true);
    path.carry(() => arrived.push('b'), true);
    path.carry(() => arrived.push('c'), false);
    path.carry(() => arrived.push('d'), true);
    vi.advanceTimersByTime(1);
    expect(arrived).toEqual(['b', 'c']);
  });

  it('says when each packet it carries reaches the far end, and nothing of one it loses', () => {
    const draws = [0.5, 0.01, 0.5, 0.5];
    const path = new PathModel({ delayMs: 150, loss: 0.03, rateBps: 1_000_000 }, () => draws.shift() ?? 1);
    // 1250 bytes take 10 ms on the link: the second packet in the queue arrives 10 ms after the first.
    expect(path.carry(() => undefined, true, 1250, 'up')).toBe(160);
    expect(path.carry(() => undefined, true, 1250, 'up')).toBeUndefined();
    expect(path.carry(() => undefined, true, 1250, 'up')).toBe(170);
    path.cut = true;
    expect(path.carry(() => undefined, true, 1250, 'up')).toBeUndefined();
  });
});
