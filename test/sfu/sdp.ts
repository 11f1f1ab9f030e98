/**
 * The bits of SDP the test SFU reads (sections by mid, their direction, msid and codecs) and the
 * codec order it answers with. Plain text handling: the SDP here is what Chromium and werift write.
 */
import { TrackType, type TrackInfo } from '@livekit/protocol';
import type { RTCPeerConnection, RTCRtpCodecParameters, RTCRtpTransceiver } from 'werift';

/** Puts the named codecs (upper-case names, in order) first in a transceiver's negotiation. */
export function preferCodecs(pc: RTCPeerConnection, t: RTCRtpTransceiver, names: string[]): void {
  const all = pc.config.codecs[t.kind as 'audio' | 'video'] ?? [];
  const rank = (c: RTCRtpCodecParameters): number => {
    const i = names.indexOf(c.name.toUpperCase());
    return i < 0 ? names.length : i;
  };
  t.setCodecPreferences([...all].sort((a, b) => rank(a) - rank(b)));
}

/** The msid track id of one m-section (livekit-client's cid for the track it publishes there). */
export function sectionTrackId(sdp: string, mid: string): string | undefined {
  return /a=msid:\S+ (\S+)/.exec(sectionOf(sdp, mid) ?? '')?.[1];
}

export const codecName = (mimeType: string): string => mimeType.replace(/^\w+\//, '').toUpperCase();

export function sectionOf(sdp: string, mid: string): string | undefined {
  return sdp.split(/\r?\nm=/).find((text) => new RegExp(`\\r?\\na=mid:${mid}(\\r?\\n|$)`).test(`\n${text}`));
}

/** The direction attribute of one m-section of an SDP, by its mid. */
export function sectionDirection(sdp: string, mid: string): string | undefined {
  const section = sectionOf(sdp, mid);
  return /a=(sendrecv|sendonly|recvonly|inactive)/.exec(section ?? '')?.[1];
}

/**
 * An SDP without its ICE candidates. A client behind an impaired path lists its own addresses in
 * the offers it makes once it has gathered them; the SFU checking those would open a way round
 * the path (its own trickled candidates are ignored for the same reason).
 */
export function withoutCandidates(sdp: string): string {
  return sdp
    .split('\r\n')
    .filter((line) => !line.startsWith('a=candidate:'))
    .join('\r\n');
}

/**
 * The codecs a publisher's section is answered with, first the one it will send in: the codec its
 * addTrack asked for, and for sound RED before Opus unless the track turned RED off, as a LiveKit
 * server answers (setCodecPreferencesOpusRedForPublisher).
 */
export function publishedCodecs(info: TrackInfo): string[] {
  const codec = codecName(info.mimeType);
  return info.type === TrackType.AUDIO && !info.disableRed ? ['RED', codec] : [codec];
}
