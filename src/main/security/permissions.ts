import { originOf } from '../ipc/senderCheck';

/**
 * Permissions our own pages may use; every other request is denied. The Local
 * Network Access ones (Electron 45 knows all three names) let `studio://app` reach
 * the feed relay on 127.0.0.1 and a LiveKit or OBS server on the LAN.
 */
const grantable = new Set([
  'media',
  'display-capture',
  'fullscreen',
  'clipboard-sanitized-write',
  'local-network-access',
  'local-network',
  'loopback-network',
]);

export interface PermissionRequest {
  permission: string;
  /** URL of the frame that asks. */
  requestingUrl: string;
  /** For 'media': which kinds (Electron's details.mediaTypes). */
  mediaTypes?: readonly string[];
}

/**
 * Deny by default: camera, microphone, screen capture and a few harmless
 * permissions are granted only to pages from the studio's own origins.
 */
export function isPermissionGranted(request: PermissionRequest, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(request.requestingUrl);
  if (origin === undefined || !trustedOrigins.includes(origin)) return false;
  if (!grantable.has(request.permission)) return false;
  if (request.permission === 'media') {
    return (request.mediaTypes ?? []).every((type) => type === 'video' || type === 'audio');
  }
  return true;
}
