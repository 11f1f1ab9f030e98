/*
 * DO NOT LOOSEN. The session- and app-wide security of the studio in one place:
 * deny-by-default permissions, screen capture only for our own pages, the CSP,
 * and guards against navigation, new windows and <webview>.
 */
import { app, desktopCapturer, shell, type Session, type WebContents } from 'electron';
import type { Logger } from '../logging/logger';
import { originOf } from '../ipc/senderCheck';
import { buildContentSecurityPolicy } from './csp';
import { isSafeExternalUrl } from './externalUrls';
import { isPermissionGranted } from './permissions';

export interface SecurityOptions {
  trustedOrigins: readonly string[];
  mode: 'production' | 'development';
  logger: Logger;
  /** The screen or window the host picked in the studio's picker, if any (taken once). */
  takeScreenChoice?: () => string | undefined;
}

export function applySessionSecurity(session: Session, options: SecurityOptions): void {
  const { trustedOrigins, logger } = options;

  session.setPermissionRequestHandler((webContents, permission, callback, details) => {
    const granted = isPermissionGranted(
      {
        permission,
        requestingUrl: details.requestingUrl,
        mediaTypes: 'mediaTypes' in details ? details.mediaTypes : undefined,
      },
      trustedOrigins,
    );
    if (!granted) logger.warn('permission denied', { permission, url: details.requestingUrl });
    callback(granted);
  });
  session.setPermissionCheckHandler((_webContents, permission, requestingOrigin) =>
    isPermissionGranted({ permission, requestingUrl: requestingOrigin }, trustedOrigins),
  );

  session.setDisplayMediaRequestHandler(
    (request, callback) => {
      const origin = originOf(request.securityOrigin || (request.frame?.url ?? ''));
      if (!origin || !trustedOrigins.includes(origin)) {
        logger.warn('screen capture denied', { origin });
        callback({});
        return;
      }
      // The source picked in the studio's own picker; without one (a capture
      // reopened at start-up), the primary screen. The OS picker stays off: it
      // would ask the host a second time and ignore the studio's pick.
      const chosen = options.takeScreenChoice?.();
      void desktopCapturer.getSources({ types: ['screen', 'window'] }).then(
        (sources) => {
          const source =
            sources.find((s) => s.id === chosen) ?? sources.find((s) => s.id.startsWith('screen:'));
          callback(source ? { video: source } : {});
        },
        (error: unknown) => {
          logger.error('screen sources unavailable', { error: String(error) });
          callback({});
        },
      );
    },
    { useSystemPicker: false },
  );

  const csp = buildContentSecurityPolicy(options.mode);
  session.webRequest.onHeadersReceived((details, callback) => {
    const origin = originOf(details.url);
    const ours = origin !== undefined && trustedOrigins.includes(origin);
    callback({
      responseHeaders: ours
        ? { ...details.responseHeaders, 'Content-Security-Policy': [csp] }
        : details.responseHeaders,
    });
  });
}

/** Guards every webContents the app ever creates. */
export function guardAllWebContents(options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}

function guardWebContents(contents: WebContents, { trustedOrigins, logger }: SecurityOptions): void {
  contents.on('will-navigate', (event, url) => {
    const origin = originOf(url);
    if (origin && trustedOrigins.includes(origin)) return;
    event.preventDefault();
    logger.warn('navigation blocked', { url });
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) void shell.openExternal(url);
    else logger.warn('window.open blocked', { url });
    return { action: 'deny' };
  });
}
