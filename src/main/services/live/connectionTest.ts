import { StudioError } from '../../../shared/ipc/errors';
import type { LiveJoin } from './liveCredentials';

export interface ConnectionTestResult {
  serverUrl: string;
  /** One validation round trip, token check included. */
  latencyMs: number;
}

/**
 * Asks the LiveKit server to check a token without joining the room: the same
 * validation request livekit-client makes after a failed connection
 * (`/rtc/v1/validate`, or `/rtc/validate` on servers before v1 signalling).
 */
export async function testLiveConnection(
  join: LiveJoin,
  timeoutMs = 8000,
  now = () => performance.now(),
): Promise<ConnectionTestResult> {
  const base = join.serverUrl.replace(/^ws/i, 'http').replace(/\/+$/, '');
  const started = now();
  for (const path of ['/rtc/v1/validate', '/rtc/validate']) {
    let response: Response;
    try {
      response = await fetch(`${base}${path}?access_token=${encodeURIComponent(join.token)}`, {
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new StudioError('LIVE_UNREACHABLE', `LiveKit server unreachable: ${String(error)}`);
    }
    await response.body?.cancel();
    if (response.status === 404) continue;
    if (response.ok) return { serverUrl: join.serverUrl, latencyMs: Math.round(now() - started) };
    if (response.status === 401 || response.status === 403) {
      throw new StudioError('LIVE_NOT_ALLOWED', `LiveKit refused the token: HTTP ${response.status}`);
    }
    throw new StudioError('LIVE_UNREACHABLE', `LiveKit answered HTTP ${response.status}`);
  }
  throw new StudioError('LIVE_UNREACHABLE', 'not a LiveKit server: no validation endpoint');
}
