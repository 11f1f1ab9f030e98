import { Vp8RtpPayload } from 'werift';
import { describe, expect, it } from 'vitest';
import { Vp8Munger } from '../../sfu/vp8Munger';

/** A VP8 payload with a 15-bit PictureID and a TL0PICIDX, as Chromium sends simulcast. */
function payload(pictureId: number, tl0: number): Buffer {
  return Buffer.from([0x90, 0xc0, 0x80 | (pictureId >> 8), pictureId & 0xff, tl0, 0x9d, 0x01, 0x2a]);
}

const picture = (p: Buffer) => Vp8RtpPayload.deSerialize(p).pictureId;

describe('the test SFU’s VP8 munger', () => {
  it('leaves one layer’s numbers as they are', () => {
    const munger = new Vp8Munger();
    expect(picture(munger.munge(payload(100, 7)))).toBe(100);
    expect(picture(munger.munge(payload(101, 7)))).toBe(101);
  });

  it('carries picture ids and TL0PICIDX on across a switch, repairs of the new layer included', () => {
    const munger = new Vp8Munger();
    munger.munge(payload(100, 7));
    munger.munge(payload(101, 8));
    munger.switchLayer();
    const first = munger.munge(payload(32_000, 250));
    expect(picture(first)).toBe(102);
    expect(first[4]).toBe(9);
    const wrapped = munger.munge(payload(32_767, 255));
    expect(picture(wrapped)).toBe(869);
    expect(munger.munge(payload(0, 0))[4]).toBe(15);
    // A late repair of the new layer's first picture keeps its new number.
    expect(picture(munger.munge(payload(32_000, 250)))).toBe(102);
  });

  it('passes a payload without a picture id through unchanged', () => {
    const plain = Buffer.from([0x10, 0x9d, 0x01, 0x2a]);
    expect(new Vp8Munger().munge(plain)).toBe(plain);
  });
});
