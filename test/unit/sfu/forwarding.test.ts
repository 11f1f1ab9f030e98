import { TrackInfo, TrackType } from '@livekit/protocol';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MediaStreamTrack, RtpHeader, RtpPacket, type RTCRtpSender } from 'werift';
import { forwardPublication, type Participant, type Publication } from '../../sfu/forwarding';
import { IncomingLayer } from '../../sfu/incomingLayer';

/** A publisher's sound, received as the SFU's onTrack follows it (forwarding.ts' followLayer). */
function soundPublication(): { pub: Publication; receive(sequenceNumber: number): void } {
  const track = new MediaStreamTrack({ kind: 'audio' });
  const layer = new IncomingLayer(track, undefined);
  const pub: Publication = {
    info: new TrackInfo({ sid: 'TR_sound', type: TrackType.AUDIO, mimeType: 'audio/opus' }),
    kind: 'audio',
    layers: [layer],
    packets: 0,
    onChange: new Set(),
  };
  track.onReceiveRtp.subscribe((rtp) => {
    if (layer.onPacket(rtp, Date.now(), 'audio/opus')) pub.onChange.forEach((listener) => listener());
  });
  const receive = (sequenceNumber: number): void =>
    track.onReceiveRtp.execute(
      new RtpPacket(new RtpHeader({ sequenceNumber, payloadType: 111, ssrc: 7 }), Buffer.alloc(40)),
    );
  return { pub, receive };
}

/** A subscriber's sender that records the sequence numbers it is given to send. */
function recordingSender(sent: number[]): RTCRtpSender {
  return {
    onRtcp: { subscribe: () => undefined },
    replaceRTP: () => undefined,
    sendRtp: async (rtp: RtpPacket) => void sent.push(rtp.header.sequenceNumber),
  } as unknown as RTCRtpSender;
}

const connected = {
  pc: { connectionState: 'connected', connectionStateChange: { subscribe: () => undefined } },
} as unknown as Participant;

describe('the test SFU forwarding sound', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('forwards every packet, past the middle of the sequence numbers too', () => {
    // Chromium starts an RTP stream's numbers below 32768 (libwebrtc's kMaxInitRtpSeqNumber):
    // a long show's sound crosses the middle within minutes.
    const { pub, receive } = soundPublication();
    const sent: number[] = [];
    forwardPublication(connected, pub, connected, recordingSender(sent));
    for (const sequenceNumber of [32766, 32767, 32768, 32769, 65535, 0, 1]) receive(sequenceNumber);
    expect(sent).toEqual([32766, 32767, 32768, 32769, 65535, 0, 1]);
  });

  it('sends nothing while the publisher has the sound muted', () => {
    const { pub, receive } = soundPublication();
    pub.info.muted = true;
    const sent: number[] = [];
    forwardPublication(connected, pub, connected, recordingSender(sent));
    receive(10);
    expect(sent).toEqual([]);
  });
});
