import { StudioError } from '../../../shared/ipc/errors';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const teamCalendarLimits: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };

/**
 * Reads a published calendar (Google's "secret address in iCal format",
 * Outlook's published .ics, a webcal:// link) as text, refusing anything but
 * http(s), anything slow and anything large.
 */
export async function fetchCalendarText(address: string, limits = teamCalendarLimits): Promise<string> {
  let url: URL;
  try {
    url = new URL(address.trim().replace(/^webcal:\/\//i, 'https://'));
  } catch {
    throw new StudioError('INVALID_PAYLOAD', 'not a URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new StudioError('INVALID_PAYLOAD', `unsupported scheme ${url.protocol}`);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      signal: AbortSignal.timeout(limits.timeoutMs),
      headers: { accept: 'text/calendar, text/plain;q=0.5' },
    });
  } catch (error) {
    throw new StudioError('NETWORK_FAILED', `calendar unreachable: ${String(error)}`);
  }
  if (!response.ok || !response.body) {
    throw new StudioError('NETWORK_FAILED', `calendar answered HTTP ${response.status}`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limits.maxBytes) {
        await reader.cancel();
        throw new StudioError('INVALID_CALENDAR', `calendar larger than ${limits.maxBytes} bytes`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof StudioError) throw error;
    throw new StudioError('NETWORK_FAILED', `calendar download failed: ${String(error)}`);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
