import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTwitchFake, type TwitchFake } from '../../support/platforms/twitchFake';
import { hostileComments } from '../../support/hostileComments';
import { makeTempDir } from '../../support/tempDir';
import { chatServices } from './chatHarness';

describe('Twitch chat over EventSub, against a fake of its documented wire format', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let twitch: TwitchFake;
  let chat: ReturnType<typeof chatServices>;
  beforeEach(async () => {
    dir = makeTempDir('twitch-chat-');
    // A short keepalive, so a silent socket is noticed within the test.
    twitch = await startTwitchFake({ keepaliveSeconds: 2 });
    chat = chatServices(dir.path, twitch.endpoints);
    const { chatPlatforms } = chat.services.settings.getAll();
    chat.services.settings.update({
      translationProvider: 'off',
      chatPlatforms: {
        ...chatPlatforms,
        twitch: { ...chatPlatforms.twitch, clientId: twitch.clientId, market: 'uk' },
      },
    });
  });
  afterEach(async () => {
    chat.services.close();
    await twitch.close();
    dir.remove();
  });

  const signIn = async () => {
    await chat.call('chat:signIn', { platform: 'twitch' });
    const code = await chat.until('twitch', (s) => s.deviceCode !== null);
    twitch.approveAll();
    await chat.until('twitch', (s) => s.state === 'listening' && twitch.subscribed());
    return code;
  };

  it('signs in with a device code the host approves, and subscribes to channel.chat.message', async () => {
    const pending = await signIn();
    expect(pending.state).toBe('signingIn');
    expect(pending.deviceCode).toMatchObject({
      userCode: 'ABCDEFGH',
      verificationUri: expect.stringContaining('twitch.tv/activate'),
    });
    expect(chat.status('twitch')).toMatchObject({ account: 'silkhouse', deviceCode: null });
    expect(twitch.state.subscriptions[0]?.condition).toEqual({
      broadcaster_user_id: twitch.broadcaster.id,
      user_id: twitch.broadcaster.id,
    });
    const stored = JSON.parse(chat.services.secrets.get('chatToken:twitch') ?? '{}') as {
      refreshToken?: string;
    };
    expect(stored.refreshToken).toBeTruthy();
  });

  it('says so when the host declines the sign-in', async () => {
    await chat.call('chat:signIn', { platform: 'twitch' });
    await chat.until('twitch', (s) => s.deviceCode !== null);
    twitch.denyAll();
    expect((await chat.until('twitch', (s) => s.state === 'refused')).problem).toBe('signInDenied');
  });

  it('takes chat once each, through a redelivery, a session_reconnect and a dropped socket', async () => {
    await signIn();
    twitch.say({ chatterId: '1001', name: 'Olivia', text: 'Do you ship to Leeds?' }, { redeliver: true });
    await expect.poll(() => chat.comments('twitch').length).toBe(1);
    expect(chat.comments('twitch')[0]).toMatchObject({
      source: 'twitch',
      author: { id: 'twitch:1001', name: 'Olivia' },
      market: 'uk',
      isQuestion: true,
    });
    // Twitch moves the session: the new socket is welcomed, the subscription carries over.
    twitch.reconnect();
    await expect.poll(() => twitch.state.subscriptions[0]?.sessionId === twitch.state.current).toBe(true);
    const subscriptionsBefore = twitch.state.subscriptions.length;
    const repeated = twitch.say({ chatterId: '1002', name: 'Harry', text: 'Is there a warranty?' });
    await expect.poll(() => chat.comments('twitch').length).toBe(2);
    expect(twitch.state.subscriptions).toHaveLength(subscriptionsBefore);
    expect(chat.status('twitch').state).toBe('listening');
    // The network drops: a new session, subscribed again; the same chat message sent on both is taken once.
    twitch.drop();
    await chat.until('twitch', (s) => s.state === 'refused' || s.state === 'connecting');
    await chat.until('twitch', (s) => s.state === 'listening' && twitch.subscribed());
    twitch.say({ chatterId: '1002', name: 'Harry', text: 'Is there a warranty?', messageId: repeated });
    twitch.say({ chatterId: '1003', name: 'Amelia', text: 'What colours are there?' });
    await expect.poll(() => chat.comments('twitch').length).toBe(3);
    expect(chat.comments('twitch').map((c) => c.author.name)).toEqual(['Olivia', 'Harry', 'Amelia']);
  });

  it('reconnects when keepalives stop coming', async () => {
    await signIn();
    const first = twitch.state.current;
    twitch.freeze();
    await chat.until('twitch', (s) => s.state === 'listening' && twitch.state.current !== first, 15_000);
  });

  it('answers in the thread of the question, and refreshes a token Twitch stopped taking', async () => {
    await signIn();
    const messageId = twitch.say({ chatterId: '1001', name: 'Olivia', text: 'Do you ship to Leeds?' });
    await expect.poll(() => chat.comments('twitch').length).toBe(1);
    twitch.revokeTokens();
    const [question] = chat.comments('twitch');
    const reply = await chat.call('comments:reply', {
      commentId: question?.id ?? '',
      text: 'Yes, in 5 days.',
      toEveryone: false,
    });
    expect(reply.via).toBe('platform');
    expect(twitch.state.sent).toEqual([
      {
        broadcaster_id: twitch.broadcaster.id,
        sender_id: twitch.broadcaster.id,
        message: 'Yes, in 5 days.',
        reply_parent_message_id: messageId,
      },
    ]);
    expect(twitch.requests.filter((r) => r.form.get('grant_type') === 'refresh_token')).toHaveLength(1);
  });

  it('takes the hostile corpus through Twitch as plain, bounded text', async () => {
    await signIn();
    for (const [i, text] of hostileComments.entries()) twitch.say({ chatterId: `h${i}`, name: 'x', text });
    await expect.poll(() => chat.comments('twitch').length).toBe(hostileComments.length - 1);
    for (const comment of chat.comments('twitch'))
      expect(Array.from(comment.text).length).toBeLessThanOrEqual(501);
  });
});
