import { AccessToken, RoomConfiguration } from 'livekit-server-sdk';
import { StudioError } from '../../../shared/ipc/errors';

export type LiveRole = 'host' | 'guest' | 'viewer';

export interface TokenRequest {
  room: string;
  identity: string;
  name?: string;
  /**
   * The studio publishes; a guest (a co-host, a consultation's customer, a voice-room speaker)
   * publishes camera and microphone; a viewer only subscribes (and sends comments and votes as data).
   */
  role: LiveRole;
  /** Participant attributes carried in the token (a viewer's market, say). */
  attributes?: Record<string, string>;
  /** Seconds the token is valid; short, because LiveKit refreshes it during the session. */
  ttlSeconds?: number;
  /** The room's playout delay for viewers (roomModes.ts), set by the studio's token when it creates the room. */
  playoutDelayMs?: { min: number; max: number };
}

/**
 * Mints LiveKit access tokens in main from the API key (a setting) and the
 * API secret (a secret, never in the renderer), with livekit-server-sdk.
 */
export async function mintLiveToken(
  credentials: { apiKey: string; apiSecret: string | undefined },
  request: TokenRequest,
): Promise<string> {
  if (!credentials.apiKey || !credentials.apiSecret) {
    throw new StudioError('LIVE_NOT_CONFIGURED', 'LiveKit API key or secret missing');
  }
  const token = new AccessToken(credentials.apiKey, credentials.apiSecret, {
    identity: request.identity,
    name: request.name,
    ttl: request.ttlSeconds ?? 10 * 60,
    attributes: request.attributes,
  });
  token.addGrant({
    room: request.room,
    roomJoin: true,
    canPublish: request.role !== 'viewer',
    canSubscribe: true,
    canPublishData: true,
  });
  if (request.playoutDelayMs) {
    token.roomConfig = new RoomConfiguration({
      minPlayoutDelay: request.playoutDelayMs.min,
      maxPlayoutDelay: request.playoutDelayMs.max,
    });
  }
  return token.toJwt();
}
