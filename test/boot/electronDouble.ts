/*
 * A double of the part of Electron's main-process API the studio calls, for the
 * boot test (test/boot/electronBoot.test.ts): the built out/main/index.js runs
 * under Node with `electron` resolved here (registerElectronDouble.ts). Each export
 * is checked against electron.d.ts with `satisfies`, so an API the app relies on
 * that Electron renames or removes fails `npm run typecheck` (event emitters'
 * `on`/`once` excepted: Electron types them per event name).
 *
 * The test steers it over the child-process channel: `state`, `invoke`, `fetch`,
 * `quit`. Node runs this file as it is (type stripping), so it uses erasable
 * TypeScript only and imports nothing but Node's own modules.
 */
import { EventEmitter } from 'node:events';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSync } from 'node:fs';
import type * as Electron from 'electron';

type Handler = Parameters<Electron.IpcMain['handle']>[1];

/** What the double saw; the test reads it with `state`. */
const seen = {
  ready: false,
  schemes: [] as { scheme: string; beforeReady: boolean }[],
  sandboxEnabled: false,
  singleInstanceLock: false,
  appUserModelId: undefined as string | undefined,
  windows: [] as { url?: string; webPreferences: unknown }[],
  ipcChannels: [] as string[],
  permissionHandlers: [] as string[],
  protocols: [] as string[],
};
const ipcHandlers = new Map<string, Handler>();
const protocolHandlers = new Map<string, (request: Request) => Response | Promise<Response>>();

/** Writes a line the test reads from stderr even if the process exits right after. */
function report(kind: string, detail: unknown): void {
  writeSync(2, `electron-double ${kind} ${JSON.stringify(detail)}\n`);
}

const switches = new Map(
  process.argv
    .filter((arg) => arg.startsWith('--'))
    .map((arg) => {
      const [name = '', value = ''] = arg.slice(2).split('=');
      return [name, value] as const;
    }),
);
const paths = new Map<string, string>([
  ['appData', process.env['ELECTRON_DOUBLE_APP_DATA'] ?? join(tmpdir(), 'electron-double-appdata')],
]);
paths.set(
  'userData',
  switches.get('user-data-dir') || join(paths.get('appData') as string, 'CrossLive Studio'),
);

let readyPromise: Promise<void> | undefined;

class AppDouble extends EventEmitter {
  isPackaged = false;
  commandLine = {
    hasSwitch: (name: string) => switches.has(name),
  } satisfies Pick<Electron.CommandLine, 'hasSwitch'>;
  whenReady: Electron.App['whenReady'] = () => {
    readyPromise ??= new Promise((resolve) =>
      setImmediate(() => {
        seen.ready = true;
        this.emit('ready');
        resolve();
      }),
    );
    return readyPromise;
  };
  getPath: Electron.App['getPath'] = (name) => {
    const path = paths.get(name);
    if (!path) throw new Error(`the double has no path ${name}`);
    return path;
  };
  setPath: Electron.App['setPath'] = (name, path) => {
    paths.set(name, path);
  };
  getVersion: Electron.App['getVersion'] = () => '0.0.0-boot';
  getName: Electron.App['getName'] = () => 'CrossLive Studio';
  getPreferredSystemLanguages: Electron.App['getPreferredSystemLanguages'] = () => ['en-US'];
  enableSandbox: Electron.App['enableSandbox'] = () => {
    seen.sandboxEnabled = true;
  };
  setAppUserModelId: Electron.App['setAppUserModelId'] = (id) => {
    seen.appUserModelId = id;
  };
  requestSingleInstanceLock: Electron.App['requestSingleInstanceLock'] = () => {
    seen.singleInstanceLock = true;
    return true;
  };
  quit: Electron.App['quit'] = () => {
    this.emit('before-quit');
    this.emit('will-quit');
    setImmediate(() => process.exit(0));
  };
  exit: Electron.App['exit'] = (code) => {
    report('exit', { code });
    process.exit(code);
  };
}

export const app = new AppDouble() satisfies Pick<
  Electron.App,
  | 'isPackaged'
  | 'whenReady'
  | 'getPath'
  | 'setPath'
  | 'getVersion'
  | 'getName'
  | 'getPreferredSystemLanguages'
  | 'enableSandbox'
  | 'setAppUserModelId'
  | 'requestSingleInstanceLock'
  | 'quit'
  | 'exit'
>;

class WebContentsDouble extends EventEmitter {
  send = (channel: string, ...args: unknown[]): void => {
    void channel;
    void args;
  };
  setWindowOpenHandler: Electron.WebContents['setWindowOpenHandler'] = () => undefined;
}

const windows: BrowserWindowDouble[] = [];

class BrowserWindowDouble extends EventEmitter {
  webContents = new WebContentsDouble();
  private readonly record: { url?: string; webPreferences: unknown };
  constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
    super();
    this.record = { webPreferences: options.webPreferences };
    seen.windows.push(this.record);
    windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  static getAllWindows = (): BrowserWindowDouble[] => [...windows];
  loadURL: Electron.BrowserWindow['loadURL'] = async (url) => {
    this.record.url = url;
    setImmediate(() => this.emit('ready-to-show'));
  };
  show: Electron.BrowserWindow['show'] = () => undefined;
  focus: Electron.BrowserWindow['focus'] = () => undefined;
  restore: Electron.BrowserWindow['restore'] = () => undefined;
  isMinimized: Electron.BrowserWindow['isMinimized'] = () => false;
  isDestroyed: Electron.BrowserWindow['isDestroyed'] = () => false;
}

export const BrowserWindow = BrowserWindowDouble;
// The instance side of the double against Electron's BrowserWindow.
void ({} as BrowserWindowDouble satisfies Pick<
  Electron.BrowserWindow,
  'loadURL' | 'show' | 'focus' | 'restore' | 'isMinimized' | 'isDestroyed'
>);

export const ipcMain = {
  handle: (channel: string, listener: Handler) => {
    if (ipcHandlers.has(channel)) throw new Error(`a second handler for ${channel}`);
    ipcHandlers.set(channel, listener);
    seen.ipcChannels.push(channel);
  },
} satisfies Pick<Electron.IpcMain, 'handle'>;

export const protocol = {
  registerSchemesAsPrivileged: (schemes: Electron.CustomScheme[]) => {
    for (const { scheme } of schemes) seen.schemes.push({ scheme, beforeReady: !seen.ready });
  },
  handle: (scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    protocolHandlers.set(scheme, handler);
    seen.protocols.push(scheme);
  },
} satisfies Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'>;

/** Electron's net.fetch, for the file: URLs the app protocol reads. */
export const net = {
  fetch: async (input: string | Request) => {
    const url = typeof input === 'string' ? input : input.url;
    if (!url.startsWith('file:')) throw new Error(`the double fetches file: URLs only, not ${url}`);
    const body = await readFile(fileURLToPath(url)).catch(() => undefined);
    return body ? new Response(body, { status: 200 }) : new Response(null, { status: 404 });
  },
} satisfies Pick<Electron.Net, 'fetch'>;

const permissionHandler = (name: string) => () => {
  seen.permissionHandlers.push(name);
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: permissionHandler('request'),
    setPermissionCheckHandler: permissionHandler('check'),
    setDisplayMediaRequestHandler: permissionHandler('display-media'),
    webRequest: { onHeadersReceived: permissionHandler('headers') },
  },
};
void (session.defaultSession satisfies Pick<
  Electron.Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDisplayMediaRequestHandler'
>);

export const shell = {
  openExternal: async () => undefined,
} satisfies Pick<Electron.Shell, 'openExternal'>;

export const dialog = {
  showErrorBox: (title: string, content: string) => report('dialog', { title, content }),
} satisfies Pick<Electron.Dialog, 'showErrorBox'>;

export const systemPreferences = {
  getMediaAccessStatus: () => 'granted' as const,
  askForMediaAccess: async () => true,
} satisfies Pick<Electron.SystemPreferences, 'getMediaAccessStatus' | 'askForMediaAccess'>;

export const safeStorage = {
  isEncryptionAvailable: () => false,
  getSelectedStorageBackend: () => 'basic_text' as const,
  encryptString: (text: string) => Buffer.from(text),
  decryptString: (data: Buffer) => data.toString(),
} satisfies Pick<
  Electron.SafeStorage,
  'isEncryptionAvailable' | 'getSelectedStorageBackend' | 'encryptString' | 'decryptString'
>;

export const desktopCapturer = {
  getSources: async () => [],
} satisfies Pick<Electron.DesktopCapturer, 'getSources'>;

export class Notification extends EventEmitter {
  static isSupported = () => false;
  show = () => undefined;
}

/** The frames a test may pretend the call came from. */
function senderFrame(kind: unknown): unknown {
  if (kind === 'disposed') {
    return {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    };
  }
  if (kind === 'none') return null;
  const top = { url: 'studio://app/index.html', parent: null };
  return kind === 'subframe' ? { url: 'studio://app/index.html', parent: top } : top;
}

type Command =
  | { op: 'state' }
  | { op: 'invoke'; channel: string; payload?: unknown; frame?: string }
  | { op: 'fetch'; url: string }
  | { op: 'quit' };

process.on('message', (command: Command) => {
  void (async () => {
    if (command.op === 'state') return { ...seen };
    if (command.op === 'invoke') {
      const handler = ipcHandlers.get(command.channel);
      if (!handler) return { missing: command.channel };
      const event = { senderFrame: senderFrame(command.frame) } as unknown as Electron.IpcMainInvokeEvent;
      return handler(event, command.payload);
    }
    if (command.op === 'fetch') {
      const scheme = new URL(command.url).protocol.replace(':', '');
      const response = await protocolHandlers.get(scheme)?.(new Request(command.url));
      if (!response) return { missing: scheme };
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => (headers[name] = value));
      return { status: response.status, headers, body: await response.text() };
    }
    app.quit();
    return { quitting: true };
  })().then(
    (answer) => process.send?.({ op: command.op, answer }),
    (error: unknown) => process.send?.({ op: command.op, error: String(error) }),
  );
});
