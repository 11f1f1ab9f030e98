import { describe, expect, it } from 'vitest';
import {
  decodeFeedText,
  decodeFeedUnit,
  encodeFeedUnit,
  feedUnitHeaderBytes,
} from '../../../../src/shared/feeds/feedRelayWire';

describe('the feed relay’s wire format', () => {
  const unit = { key: true, receivedAt: 1_764_590_400_123.5, data: new Uint8Array([0, 0, 0, 1, 0x65, 0x88]) };

  it('carries an access unit from main to the worker unchanged', () => {
    const message = encodeFeedUnit(unit);
    expect(message.byteLength).toBe(feedUnitHeaderBytes + unit.data.byteLength);
    expect(decodeFeedUnit(message.buffer)).toEqual(unit);
    expect(decodeFeedUnit(encodeFeedUnit({ ...unit, key: false }).buffer)?.key).toBe(false);
  });

  it('drops a binary message that is not an access unit', () => {
    const good = encodeFeedUnit(unit);
    const altered = (at: number, value: number) => {
      const copy = good.slice();
      copy[at] = value;
      return copy.buffer;
    };
    expect(decodeFeedUnit(good.slice(0, feedUnitHeaderBytes).buffer)).toBeUndefined(); // no payload
    expect(decodeFeedUnit(new ArrayBuffer(3))).toBeUndefined();
    expect(decodeFeedUnit(altered(0, 2))).toBeUndefined(); // another type
    expect(decodeFeedUnit(altered(1, 7))).toBeUndefined(); // key is 0 or 1
    const nan = encodeFeedUnit({ ...unit, receivedAt: Number.NaN });
    expect(decodeFeedUnit(nan.buffer)).toBeUndefined();
  });

  it('reads the text messages it knows, and nothing else', () => {
    expect(decodeFeedText('{"type":"config","codec":"avc1.64001f","width":1280,"height":720}')).toEqual({
      type: 'config',
      codec: 'avc1.64001f',
      width: 1280,
      height: 720,
    });
    expect(decodeFeedText('{"type":"reset"}')).toEqual({ type: 'reset' });
    for (const text of ['not json', '{"type":"config","codec":"avc1"}', '{"type":"close"}', '[]', 'null']) {
      expect(decodeFeedText(text), text).toBeUndefined();
    }
  });
});
