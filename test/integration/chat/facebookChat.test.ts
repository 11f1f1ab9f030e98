import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFacebookFake, type FacebookFake } from '../../support/platforms/facebookFake';
import { hostileComments } from '../../support/hostileComments';
import { makeTempDir } from '../../support/tempDir';
import { chatServices } from './chatHarness';

describe('Facebook Live comments, against a fake of the Graph API and its comment stream', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let facebook: FacebookFake;
  let chat: ReturnType<typeof chatServices>;
  beforeEach(async () => {
    dir = makeTempDir('facebook-chat-');
    facebook = await startFacebookFake();
    chat = chatServices(dir.path, facebook.endpoints);
    const { chatPlatforms } = chat.services.settings.getAll();
    chat.services.settings.update({
      translationProvider: 'off',
      chatPlatforms: {
        ...chatPlatforms,
        facebook: { ...chatPlatforms.facebook, pageId: facebook.pageId, market: 'ph' },
      },
    });
    await chat.call('secrets:set', { name: 'facebookPageToken', value: facebook.pageToken });
  });
  afterEach(async () => {
    chat.services.close();
    await facebook.close();
    dir.remove();
  });

  const connect = async () => {
    await chat.call('chat:connect', { platform: 'facebook' });
    await chat.until('facebook', (s) => s.state === 'listening' && facebook.streaming());
  };

  it('finds the Page’s live video and takes each streamed comment with its platform and market', async () => {
    await connect();
    expect(chat.status('facebook').account).toBe('Silk scarves live');
    facebook.comment({ id: '501', name: 'Maria Santos' }, 'Magkano po ang shipping?');
    facebook.comment({ id: '502', name: 'Jose Cruz' }, 'Is it available in red?');
    await expect.poll(() => chat.comments('facebook').length).toBe(2);
    expect(chat.comments('facebook')[1]).toMatchObject({
      source: 'facebook',
      author: { id: 'facebook:502', name: 'Jose Cruz' },
      market: 'ph',
      isQuestion: true,
    });
    // The Page token went as the access token, never into settings.
    expect(facebook.requests.every((r) => r.query.get('access_token') === facebook.pageToken)).toBe(true);
    expect(JSON.stringify(chat.services.settings.getAll())).not.toContain(facebook.pageToken);
  });

  it('after a dropped stream, catches up from the comments edge: nothing missed, nothing twice', async () => {
    await connect();
    facebook.comment({ id: '501', name: 'Maria' }, 'before the drop');
    await expect.poll(() => chat.comments('facebook').length).toBe(1);
    facebook.dropStream();
    await chat.until('facebook', (s) => s.state === 'refused');
    facebook.comment({ id: '503', name: 'Ana' }, 'written while the stream was down');
    facebook.comment({ id: '504', name: 'Ben' }, 'also while it was down');
    facebook.restoreStream();
    await chat.until('facebook', (s) => s.state === 'listening' && facebook.streaming(), 15_000);
    facebook.comment({ id: '505', name: 'Cy' }, 'after it came back');
    await expect
      .poll(() => chat.comments('facebook').map((c) => c.text))
      .toEqual([
        'before the drop',
        'written while the stream was down',
        'also while it was down',
        'after it came back',
      ]);
    const edge = facebook.requests.find((r) => r.path.endsWith('/comments') && r.method === 'GET');
    expect(edge?.query.get('order')).toBe('reverse_chronological');
  });

  it('a catch-up that fails is tried again on the next connection, and still nothing is missed', async () => {
    await connect();
    facebook.comment({ id: '501', name: 'Maria' }, 'before the drop');
    await expect.poll(() => chat.comments('facebook').length).toBe(1);
    facebook.dropStream();
    await chat.until('facebook', (s) => s.state === 'refused');
    facebook.comment({ id: '503', name: 'Ana' }, 'written while the stream was down');
    facebook.state.edgeFailures = 1;
    facebook.restoreStream();
    facebook.comment({ id: '505', name: 'Cy' }, 'after it came back');
    await expect
      .poll(() => chat.comments('facebook').map((c) => c.text), { timeout: 15_000 })
      .toEqual(['before the drop', 'written while the stream was down', 'after it came back']);
    expect(facebook.state.edgeFailures).toBe(0);
  });

  it('replies as the Page under the question, or on the video for everyone', async () => {
    await connect();
    const asked = facebook.comment({ id: '501', name: 'Maria' }, 'May warranty po ba?');
    await expect.poll(() => chat.comments('facebook').length).toBe(1);
    const [question] = chat.comments('facebook');
    const id = question?.id ?? '';
    expect(
      (await chat.call('comments:reply', { commentId: id, text: 'Yes, one year.', toEveryone: false })).via,
    ).toBe('platform');
    await chat.call('comments:reply', {
      commentId: id,
      text: 'Warranty is one year for all.',
      toEveryone: true,
    });
    expect(facebook.state.replies).toEqual([
      { target: asked.id, message: 'Yes, one year.' },
      { target: facebook.videoId, message: 'Warranty is one year for all.' },
    ]);
  });

  it('an expired Page token: the host is told to set a new one, and a reply is refused, not lost', async () => {
    await connect();
    facebook.comment({ id: '501', name: 'Maria' }, 'Kailan darating?');
    await expect.poll(() => chat.comments('facebook').length).toBe(1);
    facebook.state.tokenValid = false;
    const [question] = chat.comments('facebook');
    await expect(
      chat.call('comments:reply', { commentId: question?.id ?? '', text: 'In a week.', toEveryone: false }),
    ).rejects.toThrow(/CHAT_REPLY_REFUSED tokenExpired/);
    expect(chat.comments('facebook')[0]?.answered).toBe(false);
    facebook.dropStream();
    facebook.restoreStream();
    const signedOut = await chat.until('facebook', (s) => s.state === 'signedOut');
    expect(signedOut.problem).toBe('tokenExpired');
    expect(chat.comments('facebook')).toHaveLength(1);
  });

  it('waits for the Page to go live', async () => {
    facebook.state.live = false;
    await chat.call('chat:connect', { platform: 'facebook' });
    const waiting = await chat.until('facebook', (s) => s.state === 'refused');
    expect(waiting.problem).toBe('notLive');
    expect((waiting.retryAt ?? 0) - Date.now()).toBeGreaterThan(10_000);
  });

  it('takes the hostile corpus through Facebook as plain, bounded text', async () => {
    await connect();
    for (const [i, text] of hostileComments.entries()) facebook.comment({ id: `h${i}`, name: 'x' }, text);
    await expect.poll(() => chat.comments('facebook').length).toBe(hostileComments.length - 1);
    for (const comment of chat.comments('facebook'))
      expect(Array.from(comment.text).length).toBeLessThanOrEqual(501);
  });
});
