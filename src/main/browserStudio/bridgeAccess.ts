import { timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { bridgeProtocol } from '../../shared/ipc/bridgeProtocol';

/** What the browser studio answers a request that is not its own page's. */
export type AccessVerdict =
  { allowed: true } | { allowed: false; status: 400 | 401 | 403 | 421; reason: string };

export interface BridgeAccess {
  /** `127.0.0.1:<port>`: the only Host the server answers (a DNS-rebound name is refused). */
  host: string;
  /** `http://127.0.0.1:<port>`: the only page that may open the bridge. */
  origin: string;
  /** This run's secret, handed to the page in the URL fragment. */
  token: string;
}

/** Any request, page or socket: the Host header must name this server's loopback address. */
export function checkHost(headers: IncomingHttpHeaders, access: BridgeAccess): AccessVerdict {
  return headers.host === access.host
    ? { allowed: true }
    : { allowed: false, status: 421, reason: 'wrong Host header' };
}

/**
 * The bridge's upgrade request: our Host, our page's Origin, and the run's token
 * offered as a WebSocket subprotocol beside {@link bridgeProtocol} (a browser
 * cannot set other headers on a WebSocket, and a query string would reach logs).
 */
export function checkBridgeUpgrade(headers: IncomingHttpHeaders, access: BridgeAccess): AccessVerdict {
  const host = checkHost(headers, access);
  if (!host.allowed) return host;
  if (headers.origin !== access.origin) return { allowed: false, status: 403, reason: 'foreign origin' };
  const offered = (headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  if (!offered.includes(bridgeProtocol)) return { allowed: false, status: 400, reason: 'not the bridge' };
  const token = offered.find((p) => p !== bridgeProtocol) ?? '';
  return sameSecret(token, access.token)
    ? { allowed: true }
    : { allowed: false, status: 401, reason: token ? 'wrong token' : 'missing token' };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
