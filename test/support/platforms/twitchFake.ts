import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { fakeHttp, type FakeAnswer, type FakeRequest } from './fakeHttp';

/**
 * Twitch's OAuth server, Helix and EventSub over WebSocket, as documented:
 * - device code grant and refresh: https://dev.twitch.tv/docs/authentication/getting-tokens-oauth/#device-code-grant-flow
 * - validate: https://dev.twitch.tv/docs/authentication/validate-tokens/
 * - WebSocket messages (welcome, keepalive, notification, reconnect, revocation):
 *   https://dev.twitch.tv/docs/eventsub/handling-websocket-events/
 * - channel.chat.message: https://dev.twitch.tv/docs/eventsub/eventsub-subscription-types/#channelchatmessage
 * - Create EventSub Subscription, Send Chat Message: https://dev.twitch.tv/docs/api/reference/
 */
export interface TwitchChat {
  chatterId: string;
  name: string;
  text: string;
  messageId?: string;
}

const broadcaster = { id: '141981764', login: 'silkhouse' };

export async function startTwitchFake(options: { clientId?: string; keepaliveSeconds?: number } = {}) {
  const clientId = options.clientId ?? 'twitch-client-id';
  const keepaliveSeconds = options.keepaliveSeconds ?? 10;
  const tokens = new Set<string>();
  const refreshTokens = new Set<string>();
  const devices = new Map<string, { approved: boolean; denied: boolean }>();
  const sessions = new Map<string, WebSocket>();
  /** Sessions gone silent: open, but no keepalive comes (a half-open connection). */
  const frozen = new Set<string>();
  const state = {
    subscriptions: [] as { sessionId: string; condition: unknown }[],
    sent: [] as { message: string; reply_parent_message_id?: string }[],
    /** The session messages are sent on: the latest welcomed. */
    current: undefined as string | undefined,
    deviceInterval: 1,
  };
  const grant = () => {
    const access = randomUUID().replaceAll('-', '');
    const refresh = randomUUID().replaceAll('-', '');
    tokens.add(access);
    refreshTokens.add(refresh);
    return {
      access_token: access,
      refresh_token: refresh,
      expires_in: 14_400,
      scope: ['user:read:chat', 'user:write:chat'],
      token_type: 'bearer',
    };
  };
  const helixError = (status: number, message: string): FakeAnswer => ({
    status,
    json: { error: status === 401 ? 'Unauthorized' : 'Error', status, message },
  });

  const route = (request: FakeRequest): FakeAnswer => {
    const { method, path, form } = request;
    if (path === '/oauth2/device' && method === 'POST') {
      if (form.get('client_id') !== clientId)
        return { status: 400, json: { status: 400, message: 'invalid client' } };
      const device = randomUUID();
      devices.set(device, { approved: false, denied: false });
      return {
        json: {
          device_code: device,
          expires_in: 1800,
          interval: state.deviceInterval,
          user_code: 'ABCDEFGH',
          verification_uri: `https://www.twitch.tv/activate?public=true&device-code=ABCDEFGH`,
        },
      };
    }
    if (path === '/oauth2/token' && method === 'POST') {
      if (form.get('grant_type') === 'urn:ietf:params:oauth:grant-type:device_code') {
        const device = devices.get(form.get('device_code') ?? '');
        if (!device) return { status: 400, json: { status: 400, message: 'invalid device code' } };
        if (device.denied) return { status: 400, json: { status: 400, message: 'access_denied' } };
        if (!device.approved) return { status: 400, json: { status: 400, message: 'authorization_pending' } };
        devices.delete(form.get('device_code') ?? '');
        return { json: grant() };
      }
      if (form.get('grant_type') === 'refresh_token') {
        const refresh = form.get('refresh_token') ?? '';
        if (!refreshTokens.delete(refresh))
          return { status: 400, json: { status: 400, message: 'Invalid refresh token' } };
        return { json: grant() };
      }
    }
    if (path === '/oauth2/validate') {
      if (!request.headers.authorization?.startsWith('OAuth ') || !tokens.has(request.token ?? '')) {
        return { status: 401, json: { status: 401, message: 'invalid access token' } };
      }
      return {
        json: {
          client_id: clientId,
          login: broadcaster.login,
          scopes: ['user:read:chat', 'user:write:chat'],
          user_id: broadcaster.id,
          expires_in: 14_000,
        },
      };
    }
    if (!path.startsWith('/helix')) return { status: 404, json: {} };
    if (request.headers['client-id'] !== clientId)
      return helixError(401, 'Client ID and OAuth token do not match');
    if (!tokens.has(request.token ?? '')) return helixError(401, 'Invalid OAuth token');
    if (path === '/helix/users') {
      const login = request.query.get('login');
      return {
        json: {
          data:
            login === broadcaster.login || login === null
              ? [{ ...broadcaster, display_name: 'SilkHouse' }]
              : [],
        },
      };
    }
    if (path === '/helix/eventsub/subscriptions' && method === 'POST') {
      const body = request.json as { type: string; transport: { session_id: string }; condition: unknown };
      if (!sessions.has(body.transport.session_id))
        return helixError(400, 'websocket transport session does not exist or has already disconnected');
      state.subscriptions.push({ sessionId: body.transport.session_id, condition: body.condition });
      return {
        status: 202,
        json: {
          data: [
            {
              id: randomUUID(),
              status: 'enabled',
              type: body.type,
              version: '1',
              condition: body.condition,
              transport: body.transport,
              created_at: new Date().toISOString(),
            },
          ],
          total: 1,
          total_cost: 0,
          max_total_cost: 10,
        },
      };
    }
    if (path === '/helix/chat/messages' && method === 'POST') {
      const body = request.json as { message: string; reply_parent_message_id?: string };
      state.sent.push(body);
      return { json: { data: [{ message_id: randomUUID(), is_sent: true, drop_reason: null }] } };
    }
    return helixError(404, 'not found');
  };
  const http = await fakeHttp(route);
  const sockets = new WebSocketServer({ server: http.server });
  const wsUrl = `ws://127.0.0.1:${(http.server.address() as AddressInfo).port}/ws`;
  const envelope = (type: string, payload: unknown, subscriptionType?: string) =>
    JSON.stringify({
      metadata: {
        message_id: randomUUID(),
        message_type: type,
        message_timestamp: new Date().toISOString(),
        ...(subscriptionType ? { subscription_type: subscriptionType, subscription_version: '1' } : {}),
      },
      payload,
    });
  const session = (id: string, status = 'connected', reconnectUrl: string | null = null) => ({
    id,
    status,
    connected_at: new Date().toISOString(),
    keepalive_timeout_seconds: reconnectUrl ? null : keepaliveSeconds,
    reconnect_url: reconnectUrl,
  });
  sockets.on('connection', (socket, req) => {
    const id = `session-${randomUUID()}`;
    const moving = new URL(req.url ?? '/', 'http://x').searchParams.get('from');
    sessions.set(id, socket);
    socket.send(envelope('session_welcome', { session: session(id) }));
    const keepalive = setInterval(
      () => {
        if (!frozen.has(id)) socket.send(envelope('session_keepalive', {}));
      },
      (keepaliveSeconds * 1000) / 2,
    );
    socket.on('close', () => {
      clearInterval(keepalive);
      sessions.delete(id);
    });
    // A reconnect: subscriptions move to the new session, and the old one is closed.
    if (moving) {
      for (const s of state.subscriptions) if (s.sessionId === moving) s.sessionId = id;
      setTimeout(() => sessions.get(moving)?.close(4004, 'reconnect grace time expired'), 50);
    }
    state.current = id;
  });
  const subscribed = () =>
    state.subscriptions.find((s) => s.sessionId === state.current && sessions.has(s.sessionId));
  return {
    state,
    requests: http.requests,
    clientId,
    broadcaster,
    endpoints: { twitchId: `${http.url}/oauth2`, twitchApi: `${http.url}/helix`, twitchEventSub: wsUrl },
    /** The host enters the code at twitch.tv/activate and approves (or declines). */
    approveAll: () => devices.forEach((d) => (d.approved = true)),
    denyAll: () => devices.forEach((d) => (d.denied = true)),
    subscribed: () => subscribed() !== undefined,
    /** A viewer writes in chat; `messageId` repeated is Twitch redelivering. */
    say(chat: TwitchChat, options: { redeliver?: boolean } = {}) {
      const sub = subscribed();
      const socket = sub && sessions.get(sub.sessionId);
      if (!socket) throw new Error('no subscribed session');
      const messageId = chat.messageId ?? randomUUID();
      const frame = envelope(
        'notification',
        {
          subscription: {
            id: 'sub-1',
            status: 'enabled',
            type: 'channel.chat.message',
            version: '1',
            cost: 0,
            condition: {},
            transport: { method: 'websocket', session_id: sub.sessionId },
            created_at: new Date().toISOString(),
          },
          event: {
            broadcaster_user_id: broadcaster.id,
            broadcaster_user_login: broadcaster.login,
            broadcaster_user_name: 'SilkHouse',
            chatter_user_id: chat.chatterId,
            chatter_user_login: chat.name.toLowerCase(),
            chatter_user_name: chat.name,
            message_id: messageId,
            message: {
              text: chat.text,
              fragments: [{ type: 'text', text: chat.text, cheermote: null, emote: null, mention: null }],
            },
            color: '#00FF7F',
            badges: [],
            message_type: 'text',
            cheer: null,
            reply: null,
            channel_points_custom_reward_id: null,
          },
        },
        'channel.chat.message',
      );
      socket.send(frame);
      // A redelivery: the very same frame (same metadata.message_id) a second time.
      if (options.redeliver) socket.send(frame);
      return messageId;
    },
    /** Twitch moves the session (an edge server's maintenance): `session_reconnect` with a new URL. */
    reconnect() {
      const id = state.current;
      const socket = id && sessions.get(id);
      if (!id || !socket) throw new Error('no session');
      socket.send(
        envelope('session_reconnect', { session: session(id, 'reconnecting', `${wsUrl}?from=${id}`) }),
      );
    },
    /** The connection goes silent without closing: only the missed keepalive tells. */
    freeze() {
      if (state.current) frozen.add(state.current);
    },
    /** The network drops the socket: no close frame. */
    drop() {
      for (const socket of sessions.values()) socket.terminate();
    },
    revokeTokens: () => tokens.clear(),
    async close() {
      for (const socket of sessions.values()) socket.terminate();
      sockets.close();
      await http.close();
    },
  };
}
export type TwitchFake = Awaited<ReturnType<typeof startTwitchFake>>;
