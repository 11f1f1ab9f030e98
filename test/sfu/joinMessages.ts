/**
 * The signalling messages of a participant's arrival, built as a LiveKit server builds them: the
 * join request read from the URL, the participant from its token, the join response, and the
 * "start afresh" leave.
 */
import { randomBytes } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import {
  AddTrackRequest,
  Codec,
  DisconnectReason,
  JoinRequest,
  JoinResponse,
  LeaveRequest,
  LeaveRequest_Action,
  ParticipantInfo,
  ParticipantInfo_State,
  ParticipantPermission,
  Room,
  ServerInfo,
  ServerInfo_Edition,
  TrackInfo,
  TrackType,
  WrappedJoinRequest,
  WrappedJoinRequest_Compression,
} from '@livekit/protocol';
import type { ClaimGrants } from 'livekit-server-sdk';
import type { Publication } from './forwarding';

export const sid = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

/** The client's JoinRequest, sent (maybe gzipped) in the signalling URL by recent clients. */
export function readJoinRequest(url: URL): JoinRequest | undefined {
  const wrapped = url.searchParams.get('join_request');
  if (!wrapped) return undefined;
  const w = WrappedJoinRequest.fromBinary(Buffer.from(wrapped, 'base64url'));
  const bytes =
    w.compression === WrappedJoinRequest_Compression.GZIP ? gunzipSync(w.joinRequest) : w.joinRequest;
  return JoinRequest.fromBinary(bytes);
}

/** The participant a token describes, with the permissions it grants. */
export function participantFromClaims(claims: ClaimGrants & { sub: string }): ParticipantInfo {
  return new ParticipantInfo({
    sid: sid('PA'),
    identity: claims.sub,
    name: claims.name ?? claims.sub,
    state: ParticipantInfo_State.ACTIVE,
    joinedAt: BigInt(Math.floor(Date.now() / 1000)),
    attributes: claims.attributes ?? {},
    permission: new ParticipantPermission({
      canPublish: claims.video?.canPublish ?? false,
      canSubscribe: claims.video?.canSubscribe ?? true,
      canPublishData: claims.video?.canPublishData ?? true,
    }),
  });
}

export function joinResponse(
  room: Room,
  participant: ParticipantInfo,
  others: ParticipantInfo[],
): JoinResponse {
  return new JoinResponse({
    room,
    participant,
    otherParticipants: others,
    serverVersion: '1.9.0',
    serverInfo: new ServerInfo({ edition: ServerInfo_Edition.Standard, version: '1.9.0', protocol: 16 }),
    iceServers: [],
    // As a LiveKit server does: knowing the codecs are allowed, the client negotiates a new
    // track while its AddTrackRequest is under way instead of after the answer.
    enabledPublishCodecs: ['video/H264', 'video/VP8', 'video/VP9', 'video/AV1', 'audio/opus'].map(
      (mime) => new Codec({ mime }),
    ),
    pingInterval: 5,
    pingTimeout: 15,
  });
}

/** "Reconnect from scratch", as a server says when it no longer knows the participant's session. */
export const startAfresh = (): LeaveRequest =>
  new LeaveRequest({ action: LeaveRequest_Action.RECONNECT, reason: DisconnectReason.STATE_MISMATCH });

/** A track the client asks to publish, as the server announces it, with nothing received yet. */
export function publicationFor(add: AddTrackRequest): Publication {
  const info = new TrackInfo({
    sid: sid('TR'),
    type: add.type,
    name: add.name,
    source: add.source,
    width: add.width,
    height: add.height,
    simulcast: add.layers.length > 1,
    layers: add.layers,
    muted: add.muted,
    // Sound the client asked to send with or without DTX and RED, kept as a LiveKit server keeps it.
    disableDtx: add.disableDtx,
    disableRed: add.disableRed,
    // The codec the client asked for (its first simulcast codec), as a LiveKit server reports it.
    mimeType:
      add.type === TrackType.AUDIO
        ? 'audio/opus'
        : `video/${(add.simulcastCodecs[0]?.codec || 'vp8').toUpperCase()}`,
  });
  return {
    info,
    kind: add.type === TrackType.AUDIO ? 'audio' : 'video',
    layers: [],
    packets: 0,
    onChange: new Set(),
  };
}
