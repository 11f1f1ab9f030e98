/**
 * werift's DTLS server now and then never finishes a handshake that the browser considers done
 * (seen through the lossy path, about once in forty connections): the client then sends media that
 * werift drops, for good. A LiveKit server has no such state; the test SFU notices it here.
 */
import type { RTCPeerConnection } from 'werift';

/** ICE up this long without DTLS finishing is a stalled handshake (about a second through the lossy path). */
const stallMs = 6000;

/** Calls onStall once if the connection's ICE is up but DTLS has not finished after stallMs. */
export function onHandshakeStall(pc: RTCPeerConnection, onStall: () => void): void {
  let iceUpAt: number | undefined;
  pc.iceConnectionStateChange.subscribe((state) => {
    if (state === 'connected' || state === 'completed') iceUpAt ??= Date.now();
  });
  const watch = setInterval(() => {
    const state = pc.connectionState;
    if (state === 'connected' || state === 'closed') return clearInterval(watch);
    if (iceUpAt === undefined || Date.now() - iceUpAt < stallMs) return;
    clearInterval(watch);
    onStall();
  }, 1000);
}
