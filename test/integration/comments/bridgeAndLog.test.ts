import { afterAll, describe, expect, it } from 'vitest';
import { buildServices, trustedSender } from '../../support/services';
import { makeTempDir } from '../../support/tempDir';

describe('comments from bridges, and the comment log', () => {
  const dir = makeTempDir('bridge-');
  const services = buildServices(dir.path);
  services.settings.update({ translationProvider: 'off' });
  afterAll(() => {
    services.close();
    dir.remove();
  });
  const ingestAddress = async () => {
    const answer = await services.router.dispatch(trustedSender, 'comments:getIngest', undefined);
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.value as { url: string; token: string };
  };

  it('takes token-protected JSON comments and batches from a bridge, refusing the rest', async () => {
    const { url, token } = await ingestAddress();
    const post = (body: string, auth = `Bearer ${token}`) =>
      fetch(url, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json' },
        body,
      });
    expect((await post('{}', 'Bearer wrong')).status).toBe(401);
    expect((await post('{}', '')).status).toBe(401);
    expect((await post('{"text": 1}')).status).toBe(400);
    expect((await post('not json')).status).toBe(400);
    const one = await post(
      JSON.stringify({ authorId: 'tt-1', authorName: 'Ana', text: 'is it waterproof?' }),
    );
    expect(one.status).toBe(202);
    const batch = await post(
      JSON.stringify([
        { authorId: 'tt-2', text: '=HYPERLINK("http://evil.example","click")', market: 'us-east' },
        { authorId: 'tt-3', text: 'ship to "Lagos", Nigeria?\nthanks' },
      ]),
    );
    expect(((await batch.json()) as { accepted: string[] }).accepted).toHaveLength(2);
    const list = await services.router.dispatch(trustedSender, 'comments:list', undefined);
    expect(
      (list as { value: { source: string; text: string }[] }).value.map((c) => [c.source, c.text]),
    ).toEqual([
      ['bridge', 'is it waterproof?'],
      ['bridge', '=HYPERLINK("http://evil.example","click")'],
      ['bridge', 'ship to "Lagos", Nigeria? thanks'],
    ]);
  });

  it('exports the log as CSV: quoted, formula-safe, UTF-8 with its mark', async () => {
    const answer = await services.router.dispatch(trustedSender, 'comments:exportCsv', undefined);
    const { text } = (answer as { value: { text: string } }).value;
    expect(text.startsWith('\uFEFFtime,platform,author_id,author,market,language,question,comment,')).toBe(
      true,
    );
    const lines = text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(lines[3]).toContain('"ship to ""Lagos"", Nigeria? thanks"');
  });
});
