import { createHash, randomUUID } from 'node:crypto';
import { fakeHttp, type FakeAnswer, type FakeRequest } from './fakeHttp';

/**
 * Google's OAuth server and the YouTube Live Streaming API as their documentation gives them:
 * - OAuth for installed apps, PKCE and refresh: https://developers.google.com/identity/protocols/oauth2/native-app
 * - liveBroadcasts.list: https://developers.google.com/youtube/v3/live/docs/liveBroadcasts/list
 * - liveChatMessages.list / insert: https://developers.google.com/youtube/v3/live/docs/liveChatMessages
 * - errors (quotaExceeded, liveChatDisabled, ...): https://developers.google.com/youtube/v3/docs/errors
 * - quota costs: https://developers.google.com/youtube/v3/determine_quota_cost
 */
export interface YoutubeChatMessage {
  id: string;
  channelId: string;
  name: string;
  text: string;
}

const costs: Record<string, number> = {
  'GET /liveBroadcasts': 1,
  'GET /liveChat/messages': 5,
  'POST /liveChat/messages': 20,
};

export async function startYoutubeFake(
  options: {
    clientId?: string;
    pollingIntervalMillis?: number;
    /** Each message the first time a list response carries it (bench/chat.ts: arrival at the studio). */
    onDeliver?: (message: YoutubeChatMessage) => void;
  } = {},
) {
  const delivered = new Set<string>();
  const clientId = options.clientId ?? 'studio-client.apps.googleusercontent.com';
  const codes = new Map<string, { challenge: string; redirectUri: string }>();
  const live = new Set<string>();
  const refreshTokens = new Set<string>();
  const state = {
    messages: [] as YoutubeChatMessage[],
    inserted: [] as { liveChatId: string; text: string }[],
    quotaLeft: 10_000,
    chatDisabled: false,
    offline: false,
    /** Each list call returns at most this many (a page), so a resume has somewhere to go from. */
    pageSize: 50,
    liveChatId: 'chat-1',
    pollingIntervalMillis: options.pollingIntervalMillis ?? 100,
  };
  const grant = (withRefresh: boolean) => {
    const access = `ya29.${randomUUID()}`;
    live.add(access);
    const refresh = `1//${randomUUID()}`;
    if (withRefresh) refreshTokens.add(refresh);
    return {
      access_token: access,
      expires_in: 3599,
      token_type: 'Bearer',
      scope: 'https://www.googleapis.com/auth/youtube.force-ssl',
      ...(withRefresh ? { refresh_token: refresh } : {}),
    };
  };
  const error = (status: number, reason: string): FakeAnswer => ({
    status,
    json: {
      error: {
        code: status,
        message: reason,
        errors: [{ domain: 'youtube.liveChat', reason, message: reason }],
      },
    },
  });

  const route = (request: FakeRequest): FakeAnswer => {
    const { method, path, query, form } = request;
    if (path === '/o/oauth2/v2/auth') {
      // The consent page, approved at once: back to the loopback redirect with a code and the state.
      if (query.get('client_id') !== clientId || query.get('code_challenge_method') !== 'S256') {
        return { status: 400, json: { error: 'invalid_request' } };
      }
      const code = `4/${randomUUID()}`;
      const redirectUri = query.get('redirect_uri') ?? '';
      codes.set(code, { challenge: query.get('code_challenge') ?? '', redirectUri });
      const back = new URL(redirectUri);
      back.search = new URLSearchParams({
        code,
        state: query.get('state') ?? '',
        scope: query.get('scope') ?? '',
      }).toString();
      return { status: 302, headers: { location: back.toString() } };
    }
    if (path === '/token' && method === 'POST') {
      if (form.get('client_id') !== clientId) return { status: 401, json: { error: 'invalid_client' } };
      if (form.get('grant_type') === 'authorization_code') {
        const issued = codes.get(form.get('code') ?? '');
        codes.delete(form.get('code') ?? '');
        const verified =
          issued &&
          issued.redirectUri === form.get('redirect_uri') &&
          createHash('sha256')
            .update(form.get('code_verifier') ?? '')
            .digest('base64url') === issued.challenge;
        return verified ? { json: grant(true) } : { status: 400, json: { error: 'invalid_grant' } };
      }
      if (form.get('grant_type') === 'refresh_token') {
        return refreshTokens.has(form.get('refresh_token') ?? '')
          ? { json: grant(false) }
          : {
              status: 400,
              json: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' },
            };
      }
      return { status: 400, json: { error: 'unsupported_grant_type' } };
    }
    const api = path.replace(/^\/youtube\/v3/, '');
    if (!live.has(request.token ?? '')) return error(401, 'authError');
    const cost = costs[`${method} ${api}`] ?? 1;
    if (state.quotaLeft < cost) return error(403, 'quotaExceeded');
    state.quotaLeft -= cost;
    if (api === '/liveBroadcasts') {
      return {
        json: {
          kind: 'youtube#liveBroadcastListResponse',
          items: state.offline
            ? []
            : [
                {
                  kind: 'youtube#liveBroadcast',
                  id: 'bc-1',
                  snippet: { title: 'Silk scarves live', liveChatId: state.liveChatId },
                },
              ],
        },
      };
    }
    if (api === '/liveChat/messages' && method === 'GET') {
      if (state.chatDisabled) return error(403, 'liveChatDisabled');
      if (query.get('liveChatId') !== state.liveChatId) return error(404, 'liveChatNotFound');
      const from = Number(query.get('pageToken')?.replace('page-', '') ?? 0);
      const items = state.messages.slice(from, from + state.pageSize);
      for (const m of items) if (!delivered.has(m.id) && delivered.add(m.id)) options.onDeliver?.(m);
      return {
        json: {
          kind: 'youtube#liveChatMessageListResponse',
          nextPageToken: `page-${from + items.length}`,
          pollingIntervalMillis: state.pollingIntervalMillis,
          ...(state.offline ? { offlineAt: new Date().toISOString() } : {}),
          items: items.map((m) => ({
            kind: 'youtube#liveChatMessage',
            id: m.id,
            snippet: {
              type: 'textMessageEvent',
              liveChatId: state.liveChatId,
              authorChannelId: m.channelId,
              publishedAt: new Date().toISOString(),
              hasDisplayContent: true,
              displayMessage: m.text,
              textMessageDetails: { messageText: m.text },
            },
            authorDetails: { channelId: m.channelId, displayName: m.name, isChatOwner: false },
          })),
        },
      };
    }
    if (api === '/liveChat/messages' && method === 'POST') {
      const body = request.json as {
        snippet: { liveChatId: string; textMessageDetails: { messageText: string } };
      };
      state.inserted.push({
        liveChatId: body.snippet.liveChatId,
        text: body.snippet.textMessageDetails.messageText,
      });
      return { json: { kind: 'youtube#liveChatMessage', id: randomUUID(), snippet: body.snippet } };
    }
    return {
      status: 404,
      json: { error: { code: 404, message: 'not found', errors: [{ reason: 'notFound' }] } },
    };
  };
  const http = await fakeHttp(route);
  return {
    state,
    requests: http.requests,
    endpoints: {
      googleAuthorize: `${http.url}/o/oauth2/v2/auth`,
      googleToken: `${http.url}/token`,
      youtube: `${http.url}/youtube/v3`,
    },
    clientId,
    /** A viewer writes in the chat. */
    say(message: Omit<YoutubeChatMessage, 'id'> & { id?: string }) {
      state.messages.push({ id: message.id ?? `yt-${randomUUID()}`, ...message });
    },
    /** Every access token issued so far stops working (they expired): a refresh is due. */
    expireAccessTokens: () => live.clear(),
    /** The host revoked the studio's access: refresh tokens stop working too. */
    revoke: () => {
      live.clear();
      refreshTokens.clear();
    },
    /** The browser: follows the consent page's redirect to the studio's loopback address. */
    async openBrowser(url: string) {
      const consent = await fetch(url, { redirect: 'manual' });
      const location = consent.headers.get('location');
      if (location) await fetch(location);
    },
    close: http.close,
  };
}
export type YoutubeFake = Awaited<ReturnType<typeof startYoutubeFake>>;
