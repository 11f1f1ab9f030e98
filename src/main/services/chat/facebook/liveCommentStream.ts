import { PlatformRefusal } from '../platformRefusal';
import { graphRefusal } from './graphApi';

/**
 * Reads a Server-Sent Events response (the live comment stream's wire format,
 * https://developers.facebook.com/docs/live-video-api/guides/comments/) and hands each event's
 * data, parsed as JSON, to `onEvent`. Resolves never: it throws when the stream ends or fails.
 */
export async function readLiveCommentStream(
  url: string,
  onEvent: (data: unknown) => void,
  onOpen: () => void,
  signal: AbortSignal,
): Promise<never> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'text/event-stream' }, signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new PlatformRefusal('unreachable', `comment stream: ${String(error)}`);
  }
  if (!response.ok || !response.body) {
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      // not Graph's error JSON
    }
    throw graphRefusal({ status: response.status, headers: response.headers, body });
  }
  onOpen();
  const decoder = new TextDecoder();
  let buffered = '';
  let data: string[] = [];
  try {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffered += decoder.decode(value, { stream: true });
      let newline: number;
      while ((newline = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, newline).replace(/\r$/, '');
        buffered = buffered.slice(newline + 1);
        if (line === '') {
          // A blank line ends an event (the SSE format): its data lines, joined, are one JSON.
          if (data.length > 0) {
            try {
              onEvent(JSON.parse(data.join('\n')));
            } catch {
              // not JSON: nothing a viewer wrote is lost, it was never a comment
            }
          }
          data = [];
        } else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
      }
    }
  } catch (error) {
    if (signal.aborted) throw error;
    throw new PlatformRefusal('unreachable', `comment stream broke: ${String(error)}`);
  }
  throw new PlatformRefusal('unreachable', 'comment stream ended');
}
