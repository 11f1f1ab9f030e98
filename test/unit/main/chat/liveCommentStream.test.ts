import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { readLiveCommentStream } from '../../../../src/main/services/chat/facebook/liveCommentStream';

/** A server that writes the given chunks of a Server-Sent Events body, a little apart, then ends. */
async function streamOf(chunks: string[], status = 200) {
  const server = createServer((_req, res) => {
    res.writeHead(status, { 'content-type': status === 200 ? 'text/event-stream' : 'application/json' });
    let i = 0;
    const next = () => (i < chunks.length ? (res.write(chunks[i++]), setTimeout(next, 5)) : res.end());
    next();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

describe("the live comment stream's Server-Sent Events", () => {
  it('reads events split anywhere across chunks, with CRLF, comments and multi-line data', async () => {
    const stream = await streamOf([
      ': hello\r\n\r\nda',
      'ta: {"id":"1","message":"Magkano',
      ' po?"}\r\n\r\ndata: {"id":"2",\n',
      'data: "message":"hi"}\n\n',
      'data: not json\n\n',
    ]);
    const events: unknown[] = [];
    let opened = false;
    await expect(
      readLiveCommentStream(
        stream.url,
        (e) => events.push(e),
        () => (opened = true),
        new AbortController().signal,
      ),
    ).rejects.toMatchObject({ problem: 'unreachable', message: 'comment stream ended' });
    expect(opened).toBe(true);
    expect(events).toEqual([
      { id: '1', message: 'Magkano po?' },
      { id: '2', message: 'hi' },
    ]);
    stream.close();
  });

  it("turns Graph's error body into the refusal it means", async () => {
    const stream = await streamOf(
      [
        JSON.stringify({
          error: { message: 'Session has expired', type: 'OAuthException', code: 190, error_subcode: 463 },
        }),
      ],
      400,
    );
    await expect(
      readLiveCommentStream(
        stream.url,
        () => undefined,
        () => undefined,
        new AbortController().signal,
      ),
    ).rejects.toMatchObject({
      problem: 'tokenExpired',
    });
    stream.close();
  });
});
