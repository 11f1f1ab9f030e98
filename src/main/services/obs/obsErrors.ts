import { OBSWebSocketError } from 'obs-websocket-js';
import { StudioError, type ErrorCode } from '../../../shared/ipc/errors';

/** obs-websocket's close codes and request status codes that the studio tells apart. */
const closeAuthenticationFailed = 4009;
const closeUnsupportedRpcVersion = 4010;
const statusResourceNotFound = 600;

/** Thrown when OBS accepted the socket but never said Hello: not obs-websocket 5. */
export class NoHelloError extends Error {
  constructor(ms: number) {
    super(`no obs-websocket 5 Hello within ${ms} ms`);
    this.name = 'NoHelloError';
  }
}

/** Why a connection attempt failed; only an unreachable OBS is worth retrying. */
export function classifyConnectFailure(error: unknown): ErrorCode {
  if (error instanceof NoHelloError) return 'OBS_UNSUPPORTED';
  if (error instanceof OBSWebSocketError) {
    if (error.code === closeAuthenticationFailed) return 'OBS_AUTH_FAILED';
    if (error.code === closeUnsupportedRpcVersion) return 'OBS_UNSUPPORTED';
  }
  return 'OBS_UNREACHABLE';
}

/** A failed request as the error the UI translates. */
export function requestFailure(request: string, error: unknown): StudioError {
  if (error instanceof StudioError) return error;
  if (error instanceof OBSWebSocketError && error.code === statusResourceNotFound) {
    return new StudioError('OBS_SCENE_MISSING', `${request}: ${error.message}`);
  }
  return new StudioError('OBS_REQUEST_FAILED', `${request}: ${String(error)}`);
}
