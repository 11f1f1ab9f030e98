/**
 * Gives a publisher's browser the transport-wide feedback its bandwidth estimate
 * runs on (transportFeedback.ts), every 50 ms, for every RTP packet that reaches the
 * peer connection: media, retransmissions and the padding it probes with. A packet that
 * came through an impaired path is reported at the time the path delivered it
 * (arrivalStamps.ts), not when this busy event loop got round to it.
 */
import { RTCRtpReceiver, RTP_EXTENSION_URI, type RTCPeerConnection, type RtpPacket } from 'werift';
import { epochMs, type ArrivalStamps } from './arrivalStamps';
import { TransportFeedback } from './transportFeedback';

const everyMs = 50;

// werift's own generator (RTCRtpReceiver.setupTWCC) reports losses as arrivals; this SFU's
// replaces it for every receiver.
(RTCRtpReceiver.prototype as unknown as { setupTWCC(): void }).setupTWCC = () => undefined;

interface Router {
  routeRtp(packet: RtpPacket): void;
  extIdUriMap: Record<number, string>;
}

/** Starts the feedback for one participant's connection; returns the stop. */
export function provideTransportFeedback(pc: RTCPeerConnection, arrivals?: ArrivalStamps): () => void {
  const router = (pc as unknown as { router: Router }).router;
  const feedback = new TransportFeedback();
  const route = router.routeRtp;
  let mediaSsrc = 0;
  router.routeRtp = (packet) => {
    const id = Object.entries(router.extIdUriMap).find(
      ([, uri]) => uri === RTP_EXTENSION_URI.transportWideCC,
    )?.[0];
    const extension = packet.header.extensions.find((e) => String(e.id) === id);
    if (extension && extension.payload.length >= 2) {
      const { ssrc, sequenceNumber } = packet.header;
      const arrivedMs = arrivals?.take(ssrc, sequenceNumber) ?? epochMs();
      feedback.onPacket(extension.payload.readUInt16BE(0), arrivedMs * 1000);
      mediaSsrc = packet.header.ssrc;
    }
    route(packet);
  };
  const timer = setInterval(() => {
    const receiver = pc.getReceivers().find((r) => r.dtlsTransport);
    if (!receiver) return;
    const packet = feedback.take(receiver.rtcpSsrc, mediaSsrc);
    // dtlsTransport.sendRtcp serialises RTCP objects; this one is serialised already.
    if (packet)
      void receiver.dtlsTransport.sendRtcp([{ serialize: () => packet } as never]).catch(() => undefined);
  }, everyMs);
  return () => {
    clearInterval(timer);
    router.routeRtp = route;
  };
}
