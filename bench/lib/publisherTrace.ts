/**
 * The publisher's own view of each simulcast layer, once a second, for finding out why a viewer's
 * picture stalls (BENCH_TRACE=1): what each layer's encoder made and its pacer sent, what it
 * resent and was asked to resend, why it sends less, and the browser's bandwidth estimate.
 */
import type { Page } from 'playwright-core';

/** Run before the studio's scripts, so every peer connection it makes is kept for getStats. */
export const keepPeerConnections = `
  window.__pcs = [];
  const NativePc = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends NativePc {
    constructor(...args) { super(...args); window.__pcs.push(this); }
  };
`;

interface LayerLine {
  rid: string;
  height: number;
  framesEncoded: number;
  packetsSent: number;
  bytesSent: number;
  retransmitted: number;
  nacks: number;
  targetKbps: number;
  limitation: string;
}

/** One line per second: each layer's deltas, and the estimate the browser sends to. */
export function tracePublisher(page: Page, log: (line: string) => void): () => void {
  let previous = new Map<string, LayerLine>();
  let previousFrames: { composed: number; sourceFrames: number } | undefined;
  const timer = setInterval(() => {
    void page
      .evaluate(async () => {
        const pcs = (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs;
        const layers: LayerLine[] = [];
        let estimateKbps = 0;
        let sourceFrames = 0;
        const diagnostics = (
          window as unknown as { __crossliveDiagnostics?: { compositorStats(): { framesRendered: number } } }
        ).__crossliveDiagnostics;
        const composed = diagnostics?.compositorStats().framesRendered ?? 0;
        for (const pc of pcs) {
          if (pc.connectionState !== 'connected') continue;
          (await pc.getStats()).forEach((s: Record<string, unknown>) => {
            if (s['type'] === 'outbound-rtp' && s['kind'] === 'video')
              layers.push({
                rid: String(s['rid'] ?? '-'),
                height: Number(s['frameHeight'] ?? 0),
                framesEncoded: Number(s['framesEncoded'] ?? 0),
                packetsSent: Number(s['packetsSent'] ?? 0),
                bytesSent: Number(s['bytesSent'] ?? 0),
                retransmitted: Number(s['retransmittedPacketsSent'] ?? 0),
                nacks: Number(s['nackCount'] ?? 0),
                targetKbps: Math.round(Number(s['targetBitrate'] ?? 0) / 1000),
                limitation: String(s['qualityLimitationReason'] ?? ''),
              });
            if (s['type'] === 'media-source' && s['kind'] === 'video')
              sourceFrames = Math.max(sourceFrames, Number(s['frames'] ?? 0));
            if (s['type'] === 'candidate-pair' && s['nominated'] && s['availableOutgoingBitrate'])
              estimateKbps = Math.round(Number(s['availableOutgoingBitrate']) / 1000);
          });
        }
        return { layers, estimateKbps, sourceFrames, composed };
      })
      .then(({ layers, estimateKbps, sourceFrames, composed }) => {
        const parts = layers.map((l) => {
          const before = previous.get(l.rid);
          const delta = (key: 'framesEncoded' | 'packetsSent' | 'bytesSent' | 'retransmitted' | 'nacks') =>
            l[key] - (before?.[key] ?? l[key]);
          return `${l.rid} ${l.height}p enc ${delta('framesEncoded')} sent ${delta('packetsSent')} (${Math.round((delta('bytesSent') * 8) / 1000)} kb/s) resent ${delta('retransmitted')}/${delta('nacks')} nacks target ${l.targetKbps} ${l.limitation}`;
        });
        previous = new Map(layers.map((l) => [l.rid, l]));
        const frames = `composed ${composed - (previousFrames?.composed ?? composed)} to the encoder ${sourceFrames - (previousFrames?.sourceFrames ?? sourceFrames)}`;
        previousFrames = { composed, sourceFrames };
        log(`${frames} | estimate ${estimateKbps} kb/s | ${parts.join(' | ')}`);
      })
      .catch(() => undefined);
  }, 1000);
  return () => clearInterval(timer);
}
