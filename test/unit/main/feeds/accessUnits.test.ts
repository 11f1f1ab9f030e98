import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccessUnitSplitter } from '../../../../src/main/services/feeds/accessUnits';

// Three pictures as ffmpeg wrote them from the test camera: AUD, SPS, PPS, SEI, IDR, then two P frames.
const stream = new Uint8Array(
  readFileSync(join(import.meta.dirname, '../../../fixtures/h264/three-frames-720p.h264')),
);

function split(chunkSize: number) {
  const splitter = new AccessUnitSplitter();
  const units = [];
  for (let i = 0; i < stream.length; i += chunkSize)
    units.push(...splitter.push(stream.subarray(i, i + chunkSize)));
  // The last picture completes when the next delimiter arrives.
  units.push(...splitter.push(Uint8Array.of(0, 0, 0, 1, 0x09, 0x10)));
  return units;
}

describe('AccessUnitSplitter', () => {
  it('cuts the stream at each access unit delimiter, whatever the pipe chunking', () => {
    for (const chunkSize of [1, 3, 7, 188, 4096, stream.length]) {
      const units = split(chunkSize);
      expect(units.map((u) => u.key)).toEqual([true, false, false]);
      expect(units.reduce((sum, u) => sum + u.data.length, 0)).toBe(stream.length);
      expect(Buffer.concat(units.map((u) => u.data))).toEqual(Buffer.from(stream));
    }
  });

  it('lists the NAL units of a key picture: the delimiter first, the SPS and PPS, IDR slices', () => {
    const [first, second] = split(4096);
    const types = (first?.nals ?? []).map((nal) => (nal[0] ?? 0) & 0x1f);
    expect(types[0]).toBe(9);
    expect(types).toEqual(expect.arrayContaining([7, 8, 5]));
    expect((second?.nals ?? []).map((nal) => (nal[0] ?? 0) & 0x1f)).not.toContain(5);
  });
});
