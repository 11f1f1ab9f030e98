import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { fakeHttp, type FakeAnswer, type FakeRequest } from './fakeHttp';

/**
 * The Graph API's live video endpoints, as documented:
 * - a Page's live videos: https://developers.facebook.com/docs/graph-api/reference/page/live_videos/
 * - the comments edge (order, filter, live_filter, cursors): https://developers.facebook.com/docs/graph-api/reference/object/comments/
 * - the live comment stream, Server-Sent Events on streaming-graph.facebook.com:
 *   https://developers.facebook.com/docs/live-video-api/guides/comments/
 * - error bodies and codes (190 expired token, 4/17/32/613 rate limits):
 *   https://developers.facebook.com/docs/graph-api/guides/error-handling
 */
export interface GraphComment {
  id: string;
  message: string;
  created_time: string;
  from: { id: string; name: string };
}

/** Graph's time format: "2026-12-01T20:15:03+0000". */
const graphTime = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+0000');

export async function startFacebookFake(
  options: {
    pageToken?: string;
    /** Each comment the first time the stream or the edge hands it out (bench/chat.ts). */
    onDeliver?: (comment: GraphComment) => void;
  } = {},
) {
  const delivered = new Set<string>();
  const deliver = (comment: GraphComment) => {
    if (!delivered.has(comment.id) && delivered.add(comment.id)) options.onDeliver?.(comment);
  };
  const pageToken = options.pageToken ?? 'EAAB-page-token';
  const pageId = '104857600';
  const videoId = '998877665544';
  const streams = new Set<ServerResponse>();
  const state = {
    comments: [] as GraphComment[],
    replies: [] as { target: string; message: string }[],
    live: true,
    tokenValid: true,
    /** Comments written while the stream was down reach only the edge, as with a real drop. */
    streamDown: false,
    clock: Date.now(),
    /** The comments edge answers this many requests with a Graph error first. */
    edgeFailures: 0,
  };
  const graphError = (code: number, message: string, subcode?: number): FakeAnswer => ({
    status: code === 190 ? 401 : 400,
    json: {
      error: {
        message,
        type: 'OAuthException',
        code,
        ...(subcode ? { error_subcode: subcode } : {}),
        fbtrace_id: 'AbCdEf',
      },
    },
  });
  const route = (request: FakeRequest, res: ServerResponse): FakeAnswer => {
    const token = request.query.get('access_token') ?? request.form.get('access_token');
    if (token !== pageToken || !state.tokenValid) {
      return graphError(190, 'Error validating access token: Session has expired.', 463);
    }
    const path = request.path.replace(/^\/v\d+\.\d+/, '');
    if (path === `/${pageId}/live_videos`) {
      return {
        json: { data: state.live ? [{ id: videoId, title: 'Silk scarves live', status: 'LIVE' }] : [] },
      };
    }
    if (path === `/${videoId}/live_comments`) {
      if (state.streamDown) return graphError(2, 'Service temporarily unavailable');
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
      res.write(': stream open\n\n');
      streams.add(res);
      res.on('close', () => streams.delete(res));
      return 'handled';
    }
    if (path === `/${videoId}/comments` && request.method === 'GET') {
      if (state.edgeFailures > 0) {
        state.edgeFailures--;
        return graphError(2, 'An unexpected error has occurred. Please retry your request later.');
      }
      // Newest first, 'limit' a page, cursors by position.
      const newestFirst = [...state.comments].reverse();
      const limit = Number(request.query.get('limit') ?? 25);
      const from = Number(request.query.get('after') ?? 0);
      const page = newestFirst.slice(from, from + limit);
      page.forEach(deliver);
      const next = from + limit < newestFirst.length ? new URL(request.path, 'http://x') : undefined;
      if (next) {
        next.search = new URLSearchParams({
          ...Object.fromEntries(request.query),
          after: String(from + limit),
        }).toString();
      }
      return {
        json: {
          data: page,
          paging: {
            cursors: { before: String(from), after: String(from + limit) },
            ...(next ? { next: `${base}${next.pathname}${next.search}` } : {}),
          },
        },
      };
    }
    if (path.endsWith('/comments') && request.method === 'POST') {
      const target = path.split('/')[1] ?? '';
      state.replies.push({ target, message: request.form.get('message') ?? '' });
      return { json: { id: `${target}_${randomUUID()}` } };
    }
    return graphError(100, 'Unsupported get request. Object does not exist', 33);
  };
  const http = await fakeHttp(route);
  const base = http.url;
  return {
    state,
    requests: http.requests,
    pageToken,
    pageId,
    videoId,
    endpoints: { facebookGraph: `${http.url}/v21.0`, facebookStream: http.url },
    streaming: () => streams.size > 0,
    /** A viewer comments: on the edge, and on every open stream unless it is down. */
    comment(
      from: { id: string; name: string },
      message: string,
      id = `${videoId}_${randomUUID()}`,
    ): GraphComment {
      state.clock += 1000;
      const comment = { id, message, created_time: graphTime(state.clock), from };
      state.comments.push(comment);
      if (!state.streamDown && streams.size > 0) {
        for (const res of streams) res.write(`data: ${JSON.stringify(comment)}\n\n`);
        deliver(comment);
      }
      return comment;
    },
    /** The stream breaks (a network drop); new comments reach the edge only until it is back. */
    dropStream() {
      state.streamDown = true;
      for (const res of streams) res.destroy();
      streams.clear();
    },
    restoreStream: () => (state.streamDown = false),
    close: http.close,
  };
}
export type FacebookFake = Awaited<ReturnType<typeof startFacebookFake>>;
