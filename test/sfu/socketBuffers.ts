/**
 * Receive and send buffers for the test SFU's UDP sockets as large as the kernel allows, as a
 * LiveKit deployment has them (its guide asks for net.core.rmem_max of 5 MB). With the default
 * 208 KB, a stall of this busy event loop in the middle of a publisher's probe burst overflowed
 * werift's sockets: hundreds of packets lost in the kernel (RcvbufErrors in /proc/net/snmp) on
 * top of what the impaired path drops, each one a repair or a key frame.
 */
import type { Socket } from 'node:dgram';

/** Asked of the kernel; it grants at most net.core.rmem_max / wmem_max (4 MB on these machines). */
export const udpBufferBytes = 5_000_000;

/** Gives a bound socket the large buffers. */
export function enlargeBuffers(socket: Socket): void {
  try {
    socket.setRecvBufferSize(udpBufferBytes);
    socket.setSendBufferSize(udpBufferBytes);
  } catch {
    // A socket closed meanwhile needs none.
  }
}
