import { z } from 'zod';
import { StudioError } from '../../../shared/ipc/errors';
import type { Settings } from '../../../shared/settings/settings';
import { mintLiveToken, type LiveRole } from './liveTokens';

export interface LiveJoin {
  serverUrl: string;
  token: string;
}

export interface CredentialRequest {
  identity: string;
  name?: string;
  role: LiveRole;
  attributes?: Record<string, string>;
  playoutDelayMs?: { min: number; max: number };
}

export interface LiveCredentialsOptions {
  settings: () => Pick<
    Settings,
    'livekitUrl' | 'livekitApiKey' | 'livekitRoom' | 'livekitAuth' | 'livekitTokenEndpoint'
  >;
  apiSecret: () => string | undefined;
  /** Sent as a bearer token to the shop's token endpoint, when it wants one. */
  endpointKey: () => string | undefined;
  timeoutMs?: number;
}

/** LiveKit's standard token endpoint answer (snake_case JSON). */
const endpointAnswerSchema = z.object({
  server_url: z.string().regex(/^wss?:\/\//i),
  participant_token: z.string().min(10),
});

/**
 * Where a LiveKit join comes from: minted here from the API key and secret
 * (a test setup, a self-hosted server), or asked of the shop's token endpoint
 * in LiveKit's standard format (the production way: the secret never leaves
 * the shop's backend). Either way the renderer gets only a short-lived token.
 */
export class LiveCredentials {
  constructor(private readonly options: LiveCredentialsOptions) {}

  async create(request: CredentialRequest): Promise<LiveJoin> {
    const settings = this.options.settings();
    if (settings.livekitAuth === 'tokenEndpoint') return this.fromEndpoint(request);
    if (!settings.livekitUrl) throw new StudioError('LIVE_NOT_CONFIGURED', 'LiveKit URL missing');
    const token = await mintLiveToken(
      { apiKey: settings.livekitApiKey, apiSecret: this.options.apiSecret() },
      { ...request, room: settings.livekitRoom },
    );
    return { serverUrl: settings.livekitUrl, token };
  }

  private async fromEndpoint(request: CredentialRequest): Promise<LiveJoin> {
    const { livekitTokenEndpoint: endpoint, livekitRoom } = this.options.settings();
    if (!endpoint) throw new StudioError('LIVE_NOT_CONFIGURED', 'token endpoint missing');
    const key = this.options.endpointKey();
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 8000),
        headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
        body: JSON.stringify({
          room_name: livekitRoom,
          participant_identity: request.identity,
          participant_name: request.name ?? '',
          participant_attributes: { ...request.attributes, 'crosslive.role': request.role },
          // LiveKit's standard token request may carry the room's configuration.
          ...(request.playoutDelayMs
            ? {
                room_config: {
                  min_playout_delay: request.playoutDelayMs.min,
                  max_playout_delay: request.playoutDelayMs.max,
                },
              }
            : {}),
        }),
      });
    } catch (error) {
      throw new StudioError('LIVE_UNREACHABLE', `token endpoint unreachable: ${String(error)}`);
    }
    if (response.status === 401 || response.status === 403) {
      throw new StudioError('LIVE_NOT_ALLOWED', `token endpoint answered HTTP ${response.status}`);
    }
    const body: unknown = await response.json().catch(() => undefined);
    const answer = endpointAnswerSchema.safeParse(body);
    if (!response.ok || !answer.success) {
      throw new StudioError('LIVE_TOKEN_ENDPOINT', `token endpoint answered HTTP ${response.status}`);
    }
    return { serverUrl: answer.data.server_url, token: answer.data.participant_token };
  }
}
