/**
 * The little of H.264 the studio needs to read: NAL unit types, and from a
 * sequence parameter set the profile and level (for WebCodecs' codec string)
 * and the picture size (for the feed's health). ITU-T H.264 §7.3.2.1.1.
 */
export const nalTypes = { idr: 5, sps: 7, pps: 8, aud: 9 } as const;

export function nalType(firstByte: number): number {
  return firstByte & 0x1f;
}

export interface SpsInfo {
  /** e.g. avc1.42c01f */
  codec: string;
  width: number;
  height: number;
}

/** Reads bits MSB-first from a NAL payload whose emulation-prevention bytes are removed. */
class BitReader {
  private position = 0;
  constructor(private readonly bytes: Uint8Array) {}

  bit(): number {
    const byte = this.bytes[this.position >> 3];
    if (byte === undefined) throw new RangeError('SPS ends early');
    const value = (byte >> (7 - (this.position & 7))) & 1;
    this.position++;
    return value;
  }

  bits(n: number): number {
    let value = 0;
    for (let i = 0; i < n; i++) value = value * 2 + this.bit();
    return value;
  }

  /** Exp-Golomb ue(v). */
  ue(): number {
    let zeros = 0;
    while (this.bit() === 0) {
      if (++zeros > 31) throw new RangeError('bad Exp-Golomb code');
    }
    return 2 ** zeros - 1 + this.bits(zeros);
  }

  /** Exp-Golomb se(v). */
  se(): number {
    const k = this.ue();
    return k % 2 === 1 ? (k + 1) / 2 : -(k / 2);
  }
}

function unescape(nal: Uint8Array): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < nal.length; i++) {
    const byte = nal[i] ?? 0;
    if (byte === 3 && i >= 2 && nal[i - 1] === 0 && nal[i - 2] === 0) continue;
    out.push(byte);
  }
  return Uint8Array.from(out);
}

const hex = (n: number): string => n.toString(16).padStart(2, '0');

/** Parses an SPS NAL unit (header byte included); undefined if it is not one or is damaged. */
export function parseSps(nal: Uint8Array): SpsInfo | undefined {
  if (nal.length < 4 || nalType(nal[0] ?? 0) !== nalTypes.sps) return undefined;
  try {
    const r = new BitReader(unescape(nal.subarray(1)));
    const profile = r.bits(8);
    const constraints = r.bits(8);
    const level = r.bits(8);
    r.ue(); // seq_parameter_set_id
    let chromaFormat = 1;
    let separateColourPlanes = 0;
    if ([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135].includes(profile)) {
      chromaFormat = r.ue();
      if (chromaFormat === 3) separateColourPlanes = r.bit();
      r.ue(); // bit_depth_luma_minus8
      r.ue(); // bit_depth_chroma_minus8
      r.bit(); // qpprime_y_zero_transform_bypass_flag
      if (r.bit()) {
        // seq_scaling_matrix_present_flag: skip the lists.
        for (let i = 0; i < (chromaFormat === 3 ? 12 : 8); i++) {
          if (!r.bit()) continue;
          const size = i < 6 ? 16 : 64;
          let last = 8;
          let next = 8;
          for (let j = 0; j < size; j++) {
            if (next !== 0) next = (last + r.se() + 256) % 256;
            last = next === 0 ? last : next;
          }
        }
      }
    }
    r.ue(); // log2_max_frame_num_minus4
    const pocType = r.ue();
    if (pocType === 0) {
      r.ue();
    } else if (pocType === 1) {
      r.bit();
      r.se();
      r.se();
      const cycle = r.ue();
      for (let i = 0; i < cycle; i++) r.se();
    }
    r.ue(); // max_num_ref_frames
    r.bit(); // gaps_in_frame_num_value_allowed_flag
    const widthInMbs = r.ue() + 1;
    const heightInMapUnits = r.ue() + 1;
    const frameMbsOnly = r.bit();
    if (!frameMbsOnly) r.bit(); // mb_adaptive_frame_field_flag
    r.bit(); // direct_8x8_inference_flag
    let crop = { left: 0, right: 0, top: 0, bottom: 0 };
    if (r.bit()) crop = { left: r.ue(), right: r.ue(), top: r.ue(), bottom: r.ue() };
    const chromaArrayType = separateColourPlanes ? 0 : chromaFormat;
    const cropUnitX = chromaArrayType === 0 ? 1 : chromaFormat === 3 ? 1 : 2;
    const cropUnitY = (chromaArrayType === 0 ? 1 : chromaFormat === 1 ? 2 : 1) * (2 - frameMbsOnly);
    return {
      codec: `avc1.${hex(profile)}${hex(constraints)}${hex(level)}`,
      width: widthInMbs * 16 - cropUnitX * (crop.left + crop.right),
      height: (2 - frameMbsOnly) * heightInMapUnits * 16 - cropUnitY * (crop.top + crop.bottom),
    };
  } catch {
    return undefined;
  }
}
