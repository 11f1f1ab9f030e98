/**
 * Each participant's one peer connection with the test SFU, negotiated as a LiveKit server
 * negotiates it: the codecs the studio may publish in, transport-cc (the publisher's estimate runs
 * on this SFU's feedback, congestionControl.ts), the simulcast extensions, and playout delay for
 * what it forwards (playoutDelay.ts). `iceServers: []`: werift's default is a public STUN server.
 */
import {
  RTCPeerConnection,
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
} from 'werift';
import { playoutDelayUri } from './playoutDelay';

export function participantConnection(): RTCPeerConnection {
  return new RTCPeerConnection({
    iceServers: [],
    codecs: {
      audio: [useOPUS({ rtcpFeedback: [useTWCC()] })],
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
