/**
 * Each participant's one peer connection with the test SFU, negotiated as a LiveKit server
 * negotiates it: the codecs the studio may publish in, transport-cc (the publisher's estimate runs
 * on this SFU's feedback, congestionControl.ts), the simulcast extensions, and playout delay for
 * what it forwards (playoutDelay.ts). `iceServers: []`: werift's default is a public STUN server.
 *
 * Sound as LiveKit's media engine registers it (pkg/rtc/mediaengine.go): Opus at 111 with in-band
 * FEC asked for (`useinbandfec=1`: a sender adds FEC only when its receiver says so), and RED at 63
 * carrying Opus (`111/111`). werift's receiver takes a publisher's RED apart, lost Opus packets
 * recovered from the redundancy, and the SFU forwards plain Opus, as a LiveKit server does for a
 * subscriber that takes no RED.
 */
import {
  RTCPeerConnection,
  RTCRtpCodecParameters,
  RTCRtpHeaderExtensionParameters,
  useAbsSendTime,
  useAV1,
  useH264,
  useOPUS,
  useRepairedRtpStreamId,
  useSdesMid,
  useSdesRTPStreamId,
  useTransportWideCC,
  useTWCC,
  useVP8,
  useVP9,
  UdpTransport,
} from 'werift';
import { playoutDelayUri } from './playoutDelay';
import { enlargeBuffers } from './socketBuffers';

export function participantConnection(): RTCPeerConnection {
  return new RTCPeerConnection({
    iceServers: [],
    codecs: {
      audio: [
        useOPUS({ payloadType: 111, parameters: 'minptime=10;useinbandfec=1', rtcpFeedback: [useTWCC()] }),
        new RTCRtpCodecParameters({
          mimeType: 'audio/red',
          clockRate: 48000,
          channels: 2,
          payloadType: 63,
          parameters: '111/111',
          rtcpFeedback: [useTWCC()],
        }),
      ],
      video: [useVP8(), useH264(), useVP9(), useAV1()].map((codec) =>
        Object.assign(codec, { rtcpFeedback: [...codec.rtcpFeedback, useTWCC()] }),
      ),
    },
    headerExtensions: {
      video: [
        useSdesMid(),
        useSdesRTPStreamId(),
        useRepairedRtpStreamId(),
        useAbsSendTime(),
        useTransportWideCC(),
        new RTCRtpHeaderExtensionParameters({ uri: playoutDelayUri }),
      ],
      audio: [useSdesMid(), useTransportWideCC()],
    },
  });
}

// Every socket werift opens for ICE comes from UdpTransport.init: each gets the large buffers.
const openTransport = UdpTransport.init.bind(UdpTransport);
UdpTransport.init = async (...args: Parameters<typeof UdpTransport.init>) => {
  const transport = await openTransport(...args);
  enlargeBuffers(transport.socket);
  return transport;
};
