import type { LiveRoomMode } from '../settings/settings';

/** What the encoder gives up first when the uplink or the CPU cannot carry everything (WebRTC's names). */
export type VideoDegradation = 'maintain-framerate' | 'maintain-resolution' | 'balanced';

/** livekit-client's publish options that differ by what a room is for. */
export interface ProgramPublishOptions {
  /** For the program picture; none in a voice room. */
  degradationPreference: VideoDegradation;
  /**
   * Opus DTX: sends next to nothing while the sound is silent. Off where the mix carries music
   * and product sounds, whose quiet passages it would cut to comfort noise.
   */
  dtx: boolean;
  /**
   * RED: each sound packet also carries the one before it, so a single lost packet costs no gap
   * (about 30 kb/s more). On everywhere: losing words loses the sale. Opus in-band FEC needs no
   * option here; the sender adds it when the server's answer asks for it (LiveKit's does).
   */
  red: boolean;
}

/**
 * How the program goes out in each room mode:
 * - show: a host talking and demonstrating. Motion reads as live; a frozen or jerky picture reads
 *   as a broken stream, so the encoder keeps the frame rate and gives up resolution first.
 * - showcase: product first, the camera on the goods. Viewers read labels and look at stitching,
 *   so the encoder keeps the resolution and gives up frames; the picture moves little anyway.
 * - consultation: one buyer checking the goods with the host on camera: both count, so the
 *   browser balances the two.
 * - voice: sound only, several speakers taking turns: DTX saves the uplink between turns.
 */
export const programPublishOptions: Record<LiveRoomMode, ProgramPublishOptions> = {
  show: { degradationPreference: 'maintain-framerate', dtx: false, red: true },
  showcase: { degradationPreference: 'maintain-resolution', dtx: false, red: true },
  consultation: { degradationPreference: 'balanced', dtx: false, red: true },
  voice: { degradationPreference: 'maintain-framerate', dtx: true, red: true },
};
