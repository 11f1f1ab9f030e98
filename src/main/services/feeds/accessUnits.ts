import { nalType, nalTypes } from '../../../shared/feeds/h264';

/** One coded picture in Annex-B form (start codes kept), as WebCodecs decodes it. */
export interface AccessUnit {
  data: Uint8Array;
  key: boolean;
  /** The unit's NAL units without start codes, for reading its SPS. */
  nals: Uint8Array[];
}

/**
 * Splits ffmpeg's Annex-B byte stream into access units at each access unit
 * delimiter (ffmpeg inserts one before every picture with h264_metadata=aud=insert),
 * whatever the pipe's chunking. Each unit is complete only once the next
 * delimiter arrives, so a unit is held for at most one frame interval.
 */
export class AccessUnitSplitter {
  private buffer = new Uint8Array(0);

  push(chunk: Uint8Array): AccessUnit[] {
    const joined = new Uint8Array(this.buffer.length + chunk.length);
    joined.set(this.buffer);
    joined.set(chunk, this.buffer.length);
    this.buffer = joined;

    const units: AccessUnit[] = [];
    const starts = this.delimiters();
    for (let i = 0; i + 1 < starts.length; i++) {
      const unit = this.buffer.subarray(starts[i], starts[i + 1]);
      units.push(describe(unit.slice()));
    }
    const last = starts.at(-1);
    if (last !== undefined && last > 0) this.buffer = this.buffer.slice(last);
    return units;
  }

  /** Start-code offsets of AUD NAL units in the buffer (a 4-byte start code counts from its first zero). */
  private delimiters(): number[] {
    const found: number[] = [];
    const b = this.buffer;
    for (let i = 0; i + 3 < b.length; i++) {
      if (b[i] === 0 && b[i + 1] === 0 && b[i + 2] === 1 && nalType(b[i + 3] ?? 0) === nalTypes.aud) {
        found.push(i > 0 && b[i - 1] === 0 ? i - 1 : i);
      }
    }
    return found;
  }
}

/** NAL units of an access unit, and whether it starts a decodable sequence (IDR). */
function describe(data: Uint8Array): AccessUnit {
  const nals: Uint8Array[] = [];
  let start = -1;
  for (let i = 0; i + 2 < data.length; i++) {
    if (data[i] === 0 && data[i + 1] === 0 && data[i + 2] === 1) {
      if (start >= 0) nals.push(trimZeros(data.subarray(start, i)));
      start = i + 3;
      i += 2;
    }
  }
  if (start >= 0) nals.push(data.subarray(start));
  const key = nals.some((nal) => nalType(nal[0] ?? 0) === nalTypes.idr);
  return { data, key, nals };
}

/** Drops the leading zero of a following 4-byte start code. */
function trimZeros(nal: Uint8Array): Uint8Array {
  let end = nal.length;
  while (end > 0 && nal[end - 1] === 0) end--;
  return nal.subarray(0, end);
}
