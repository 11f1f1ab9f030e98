/**
 * Keeps a subscriber's VP8 picture ids and TL0PICIDX running on when the SFU moves it to another
 * simulcast layer, as a LiveKit server's VP8 munger does: each layer numbers its own pictures,
 * and a receiver whose numbers jump at a switch takes the frames after the key frame for ones
 * whose references it lacks, and waits (Chromium: seconds, until its decoder asks for another
 * key frame). Offsets are set at the first packet of each new layer and kept for its repairs.
 *
 * The descriptor is RFC 7741 §4.2's: X|R|N|S|R|PID, then I|L|T|K, then the PictureID (7 or 15
 * bits), then TL0PICIDX; werift parses it but cannot write it back, hence this.
 */
export class Vp8Munger {
  private pictureOffset = 0;
  private tl0Offset = 0;
  private lastPicture: number | undefined;
  private lastTl0: number | undefined;
  private rebase = false;

  /** The next packet forwarded is the first of another layer (a key frame's). */
  switchLayer(): void {
    this.rebase = true;
  }

  /** The payload with its picture id and TL0PICIDX renumbered; the same buffer where it has none. */
  munge(payload: Buffer): Buffer {
    const fields = descriptorFields(payload);
    if (!fields) return payload;
    const { pictureAt, pictureModulo, tl0At } = fields;
    const picture = pictureAt === undefined ? undefined : readPicture(payload, pictureAt, pictureModulo);
    const tl0 = tl0At === undefined ? undefined : payload[tl0At];
    if (this.rebase) {
      this.rebase = false;
      if (picture !== undefined && this.lastPicture !== undefined)
        this.pictureOffset = mod(this.lastPicture + 1 - picture, pictureModulo);
      if (tl0 !== undefined && this.lastTl0 !== undefined) this.tl0Offset = mod(this.lastTl0 + 1 - tl0, 256);
    }
    const out = Buffer.from(payload);
    if (picture !== undefined && pictureAt !== undefined) {
      const renumbered = mod(picture + this.pictureOffset, pictureModulo);
      writePicture(out, pictureAt, pictureModulo, renumbered);
      if (this.lastPicture === undefined || isAhead(renumbered, this.lastPicture, pictureModulo))
        this.lastPicture = renumbered;
    }
    if (tl0 !== undefined && tl0At !== undefined) {
      const renumbered = mod(tl0 + this.tl0Offset, 256);
      out[tl0At] = renumbered;
      if (this.lastTl0 === undefined || isAhead(renumbered, this.lastTl0, 256)) this.lastTl0 = renumbered;
    }
    return out;
  }
}

function descriptorFields(
  payload: Buffer,
): { pictureAt?: number; pictureModulo: number; tl0At?: number } | undefined {
  const first = payload[0];
  if (first === undefined || !(first & 0x80)) return undefined;
  const extension = payload[1];
  if (extension === undefined) return undefined;
  let at = 2;
  let pictureAt: number | undefined;
  let pictureModulo = 0x80;
  if (extension & 0x80) {
    pictureAt = at;
    const longId = ((payload[at] ?? 0) & 0x80) !== 0;
    pictureModulo = longId ? 0x8000 : 0x80;
    at += longId ? 2 : 1;
  }
  const tl0At = extension & 0x40 ? at : undefined;
  if (Math.max(at, tl0At ?? 0) >= payload.length) return undefined;
  return { pictureAt, pictureModulo, tl0At };
}

function readPicture(payload: Buffer, at: number, modulo: number): number {
  return modulo === 0x8000 ? payload.readUInt16BE(at) & 0x7fff : (payload[at] ?? 0) & 0x7f;
}

function writePicture(payload: Buffer, at: number, modulo: number, value: number): void {
  if (modulo === 0x8000) payload.writeUInt16BE(0x8000 | value, at);
  else payload[at] = value & 0x7f;
}

function mod(value: number, modulo: number): number {
  return ((value % modulo) + modulo) % modulo;
}

/** a is newer than b in a space of `modulo` (less than half of it ahead). */
function isAhead(a: number, b: number, modulo: number): boolean {
  const delta = mod(a - b, modulo);
  return delta > 0 && delta < modulo / 2;
}
