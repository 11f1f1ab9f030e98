import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startYoutubeFake, type YoutubeFake } from '../../support/platforms/youtubeFake';
import { hostileComments } from '../../support/hostileComments';
import { makeTempDir } from '../../support/tempDir';
import { chatServices } from './chatHarness';

/**
 * This machine's clock moved to about noon Pacific time, where Google's quota day turns: the
 * quota tests' figures depend on the time left before midnight there, and in the last minutes
 * of a Pacific day they would not hold.
 */
function clockAtPacificNoon(): () => number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/Los_Angeles',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(Date.now());
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const shift = ((12 - part('hour')) * 60 - part('minute')) * 60_000;
  return () => Date.now() + shift;
}

describe('YouTube Live chat, against a fake of its documented API', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let youtube: YoutubeFake;
  let chat: ReturnType<typeof chatServices>;
  const now = clockAtPacificNoon();
  const setUp = (dailyQuota = 10_000_000) => {
    const harness = chatServices(dir.path, youtube.endpoints, (url) => youtube.openBrowser(url), now);
    const { chatPlatforms } = harness.services.settings.getAll();
    harness.services.settings.update({
      translationProvider: 'off',
      chatPlatforms: {
        ...chatPlatforms,
        youtube: { ...chatPlatforms.youtube, clientId: youtube.clientId, market: 'us-east', dailyQuota },
      },
    });
    return harness;
  };
  beforeEach(async () => {
    dir = makeTempDir('youtube-chat-');
    youtube = await startYoutubeFake();
    chat = setUp();
  });
  afterEach(async () => {
    chat.services.close();
    await youtube.close();
    dir.remove();
  });

  const signIn = async () => {
    await chat.call('chat:signIn', { platform: 'youtube' });
    return chat.until('youtube', (s) => s.state === 'listening');
  };

  it('signs in with a loopback redirect and PKCE, keeping the tokens as a secret', async () => {
    const listening = await signIn();
    expect(listening.account).toBe('Silk scarves live');
    const consent = youtube.requests.find((r) => r.path === '/o/oauth2/v2/auth');
    expect(consent?.query.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(consent?.query.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    const exchange = youtube.requests.find((r) => r.form.get('grant_type') === 'authorization_code');
    expect(exchange?.form.get('code_verifier')).toMatch(/^[\w-]{64}$/);
    // The fake refuses a verifier that does not match the challenge: listening proves it matched.
    const stored = chat.services.secrets.get('chatToken:youtube') ?? '';
    expect(JSON.parse(stored)).toMatchObject({ refreshToken: expect.stringMatching(/^1\/\//) });
    expect(JSON.stringify(chat.services.settings.getAll())).not.toContain('1//');
    expect(chat.services.settings.getAll().chatPlatforms.youtube.enabled).toBe(true);
  });

  it('takes each message once with its platform and market, and refreshes an expired token', async () => {
    await signIn();
    youtube.say({ channelId: 'UCana', name: 'Ana', text: 'Is the scarf real silk?' });
    youtube.say({ channelId: 'UCbo', name: 'Bo', text: 'How long is shipping to Ohio?' });
    await expect.poll(() => chat.comments('youtube').length).toBe(2);
    expect(chat.comments('youtube')[0]).toMatchObject({
      source: 'youtube',
      author: { id: 'youtube:UCana', name: 'Ana' },
      market: 'us-east',
      isQuestion: true,
    });
    youtube.expireAccessTokens();
    youtube.say({ channelId: 'UCana', name: 'Ana', text: 'Any discount today?' });
    await expect.poll(() => chat.comments('youtube').length).toBe(3);
    expect(youtube.requests.some((r) => r.form.get('grant_type') === 'refresh_token')).toBe(true);
    expect(chat.status('youtube').state).toBe('listening');
  });

  it('resumes from its page token after a disconnect and a restart, without repeating a message', async () => {
    await signIn();
    for (let i = 0; i < 120; i++) youtube.say({ channelId: `UC${i}`, name: `v${i}`, text: `comment ${i}` });
    await expect.poll(() => chat.comments('youtube').length, { timeout: 10_000 }).toBe(120);
    await chat.call('chat:disconnect', { platform: 'youtube' });
    for (let i = 120; i < 130; i++) youtube.say({ channelId: `UC${i}`, name: `v${i}`, text: `comment ${i}` });
    await chat.call('chat:connect', { platform: 'youtube' });
    await expect.poll(() => chat.comments('youtube').length).toBe(130);
    // A restart: the page token came back from SQLite, and the first list went on from it.
    chat.services.close();
    chat = setUp();
    youtube.say({ channelId: 'UC1', name: 'v130', text: 'comment 130' });
    chat.services.start();
    await expect.poll(() => chat.comments('youtube').length).toBe(131);
    const lists = youtube.requests.filter((r) => r.path.endsWith('/liveChat/messages') && r.method === 'GET');
    expect(lists.at(-1)?.query.get('pageToken')).toMatch(/^page-13[01]$/);
    // Had the cursor been lost, the platform's history repeats, and the studio still takes each once.
    chat.services.db.exec('DELETE FROM chat_cursors');
    await chat.call('chat:connect', { platform: 'youtube' });
    await chat.until('youtube', (s) => s.state === 'listening');
    await new Promise((resolve) => setTimeout(resolve, 500));
    const texts = chat.comments('youtube').map((c) => c.text);
    expect(texts).toHaveLength(131);
    expect(new Set(texts).size).toBe(131);
  });

  it('answers on YouTube, naming the asker, and spends the quota it counts', async () => {
    await signIn();
    youtube.say({ channelId: 'UCana', name: 'Ana', text: 'Is it real silk?' });
    await expect.poll(() => chat.comments('youtube').length).toBe(1);
    const [question] = chat.comments('youtube');
    const reply = await chat.call('comments:reply', {
      commentId: question?.id ?? '',
      text: 'Yes, 100% mulberry silk.',
      toEveryone: false,
    });
    expect(reply.via).toBe('platform');
    expect(youtube.state.inserted).toEqual([{ liveChatId: 'chat-1', text: '@Ana Yes, 100% mulberry silk.' }]);
    expect(chat.comments('youtube')[0]?.answered).toBe(true);
    const spent = 10_000 - youtube.state.quotaLeft;
    await expect.poll(() => chat.status('youtube').quota?.used).toBeGreaterThanOrEqual(spent - 5);
  });

  it('says the quota is exhausted, waits for its reset and keeps what came before', async () => {
    await signIn();
    youtube.say({ channelId: 'UCana', name: 'Ana', text: 'first' });
    await expect.poll(() => chat.comments('youtube').length).toBe(1);
    youtube.state.quotaLeft = 0;
    const refused = await chat.until('youtube', (s) => s.state === 'refused');
    expect(refused.problem).toBe('quotaExhausted');
    // Google resets at midnight Pacific time: the retry waits for it, not a few seconds.
    expect(refused.retryAt ?? 0).toBeGreaterThan(now() + 60_000);
    expect(refused.retryAt ?? 0).toBe(refused.quota?.resetsAt ?? refused.retryAt);
    expect(chat.comments('youtube')).toHaveLength(1);
  });

  it('paces its polls to make a small daily quota last, keeping some back for replies', async () => {
    chat.services.close();
    chat = setUp(500);
    const listening = await signIn();
    const quota = await chat.until('youtube', (s) => s.quota !== null);
    expect(listening.state).toBe('listening');
    // 500 units, 50 kept for replies, 5 a poll: ~90 polls over the rest of the show.
    expect(quota.quota?.pollMs).toBeGreaterThan(60_000);
  });

  it('shows a disabled chat and a revoked sign-in for what they are', async () => {
    youtube.state.chatDisabled = true;
    await chat.call('chat:signIn', { platform: 'youtube' });
    expect((await chat.until('youtube', (s) => s.state === 'refused')).problem).toBe('chatDisabled');
    youtube.state.chatDisabled = false;
    youtube.revoke();
    const signedOut = await chat.until('youtube', (s) => s.state === 'signedOut', 15_000);
    expect(signedOut.problem).toBe('tokenExpired');
    expect(chat.services.secrets.get('chatToken:youtube')).toBeUndefined();
  });

  it('takes the hostile corpus through YouTube as plain, bounded text', async () => {
    await signIn();
    for (const [i, text] of hostileComments.entries())
      youtube.say({ channelId: `UCh${i}`, name: '<b>x</b>', text });
    await expect.poll(() => chat.comments('youtube').length).toBe(hostileComments.length - 1);
    for (const comment of chat.comments('youtube')) {
      expect(Array.from(comment.text).length).toBeLessThanOrEqual(501);
      expect(comment.text).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
    expect(chat.status('youtube').state).toBe('listening');
  });
});
