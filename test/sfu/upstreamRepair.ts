/**
 * Repairs what a publisher's uplink loses, as a LiveKit server does: every 20 ms,
 * each video layer's missing packets are asked for with a generic NACK on that
 * layer's SSRC, and the publisher's browser resends them from its own history (on
 * the same SSRC: this SFU negotiates no RTX). The resent packet is forwarded like any
 * other, so the viewer's jitter buffer gets what it lacked instead of a freeze and a
 * key frame. A packet still missing after its last try costs a key frame, asked for at once.
 */
import { GenericNack, RtcpTransportLayerFeedback } from 'werift';
import type { IncomingLayer } from './incomingLayer';

const everyMs = 20;

/** Starts asking; returns the stop. `rttMs` is the publisher's round trip, as its client last reported. */
export function repairUpstream(
  layers: () => Iterable<IncomingLayer>,
  rttMs: () => number | undefined,
): () => void {
  const timer = setInterval(() => {
    const now = Date.now();
    // Ask again about a round trip later: sooner and the resent packet cannot have arrived yet.
    const rtt = rttMs() ?? 100;
    const retryMs = Math.min(600, Math.max(40, rtt * 1.2, rtt + 150));
    for (const layer of layers()) {
      const { receiver, ssrc } = layer;
      if (!receiver || ssrc === undefined || layer.track.kind !== 'video') continue;
      const messages = layer.loss.nackMessages(now, retryMs);
      // A packet that will not come makes every frame after it wait: start again from a key
      // frame now rather than when each viewer's decoder gives up (seconds later). That includes
      // the gaps given up as they arrived (a blackout), not only those given up here.
      if (layer.loss.takeKeyFrameWanted()) layer.keyFrames.request();
      // One datagram each: libwebrtc reads every NACK of a compound packet as one list.
      for (const lost of messages) {
        layer.nacked += lost.length;
        const nack = new GenericNack({ senderSsrc: receiver.rtcpSsrc, mediaSourceSsrc: ssrc, lost });
        void receiver.dtlsTransport
          .sendRtcp([new RtcpTransportLayerFeedback({ feedback: nack })])
          .catch(() => undefined);
      }
    }
  }, everyMs);
  return () => clearInterval(timer);
}

/**
 * werift's own NACK handler keeps one sequence space for all of a receiver's simulcast
 * layers, so it takes each layer's packets for the others' losses and floods the
 * publisher with NACKs for packets it never lost. The repair above replaces it.
 */
export function silenceReceiverNacks(receiver: {
  nack: { addPacket(packet: unknown): void; close(): void };
}): void {
  receiver.nack.close();
  receiver.nack.addPacket = () => undefined;
}
