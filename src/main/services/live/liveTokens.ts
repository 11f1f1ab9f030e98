import { AccessToken } from 'livekit-server-sdk';
import { StudioError } from '../../../shared/ipc/errors';

export interface TokenRequest {
  room: string;
  identity: string;
  name?: string;
  /** The studio publishes; a viewer only subscribes (and sends comments and votes as data). */
  role: 'host' | 'viewer';
  /** Seconds the token is valid; short, because LiveKit refreshes it during the session. */
  ttlSeconds?: number;
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
    throw new StudioError('INVALID_PAYLOAD', 'LiveKit API key or secret missing');
  }
  const token = new AccessToken(credentials.apiKey, credentials.apiSecret, {
    identity: request.identity,
    name: request.name,
    ttl: request.ttlSeconds ?? 10 * 60,
  });
  token.addGrant({
    room: request.room,
    roomJoin: true,
    canPublish: request.role === 'host',
    canSubscribe: true,
    canPublishData: true,
  });
  return token.toJwt();
}
