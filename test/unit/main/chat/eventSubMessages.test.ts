import { describe, expect, it } from 'vitest';
import { parseEventSubFrame } from '../../../../src/main/services/chat/twitch/eventSubMessages';

// Frames as https://dev.twitch.tv/docs/eventsub/handling-websocket-events/ shows them.
const frame = (type: string, payload: unknown) =>
  JSON.stringify({
    metadata: { message_id: `m-${type}`, message_type: type, message_timestamp: '2026-12-01T10:11:12.123Z' },
    payload,
  });

describe('EventSub WebSocket frames', () => {
  it('reads a welcome with its keepalive, a reconnect with its URL, a notification and a revocation', () => {
    expect(
      parseEventSubFrame(
        frame('session_welcome', {
          session: { id: 'AQoQ', status: 'connected', keepalive_timeout_seconds: 10, reconnect_url: null },
        }),
      ),
    ).toEqual({
      type: 'session_welcome',
      id: 'm-session_welcome',
      session: { id: 'AQoQ', status: 'connected', keepalive_timeout_seconds: 10, reconnect_url: null },
    });
    expect(
      parseEventSubFrame(
        frame('session_reconnect', {
          session: {
            id: 'AQoQ',
            status: 'reconnecting',
            keepalive_timeout_seconds: null,
            reconnect_url: 'wss://eventsub.wss.twitch.tv?...',
          },
        }),
      ),
    ).toMatchObject({
      type: 'session_reconnect',
      session: { reconnect_url: 'wss://eventsub.wss.twitch.tv?...' },
    });
    expect(
      parseEventSubFrame(
        frame('notification', {
          subscription: { type: 'channel.chat.message', status: 'enabled' },
          event: { message_id: 'x' },
        }),
      ),
    ).toMatchObject({
      type: 'notification',
      subscriptionType: 'channel.chat.message',
      event: { message_id: 'x' },
    });
    expect(
      parseEventSubFrame(
        frame('revocation', {
          subscription: { type: 'channel.chat.message', status: 'authorization_revoked' },
        }),
      ),
    ).toMatchObject({
      type: 'revocation',
      status: 'authorization_revoked',
    });
    expect(parseEventSubFrame(frame('session_keepalive', {}))).toEqual({
      type: 'session_keepalive',
      id: 'm-session_keepalive',
    });
  });

  it('ignores what is not EventSub: garbage, unknown types, a welcome without a session', () => {
    expect(parseEventSubFrame('not json')).toBeUndefined();
    expect(parseEventSubFrame('{"hello":1}')).toBeUndefined();
    expect(parseEventSubFrame(frame('something_new', {}))).toBeUndefined();
    expect(parseEventSubFrame(frame('session_welcome', {}))).toBeUndefined();
  });
});
