import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { dirname } from 'node:path';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogFields = Record<string, unknown>;

/** What services log through; they receive it in their constructor. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(scope: string): Logger;
}

const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface LoggerOptions {
  level?: LogLevel;
  /** JSON lines are appended here when set (the user-data logs folder in the app). */
  file?: string;
  /** Mirror to the console; off in tests to keep their output readable. */
  console?: boolean;
}

/** A logger whose file can be flushed, for a process about to exit. */
export interface FileLogger extends Logger {
  /** Resolves once every line so far is in the file. */
  flush(): Promise<void>;
}

/** A small JSON-lines logger: one line per event, scoped by service. */
export function createLogger(options: LoggerOptions = {}): FileLogger {
  const threshold = order[options.level ?? 'info'];
  let stream: WriteStream | undefined;
  if (options.file) {
    mkdirSync(dirname(options.file), { recursive: true });
    stream = createWriteStream(options.file, { flags: 'a' });
  }
  const write = (level: LogLevel, scope: string, message: string, fields?: LogFields): void => {
    if (order[level] < threshold) return;
    const line = JSON.stringify({ time: new Date().toISOString(), level, scope, message, ...fields });
    stream?.write(line + '\n');
    if (options.console !== false) {
      (level === 'error' ? console.error : level === 'warn' ? console.warn : console.log)(line);
    }
  };
  const make = (scope: string): Logger => ({
    debug: (m, f) => write('debug', scope, m, f),
    info: (m, f) => write('info', scope, m, f),
    warn: (m, f) => write('warn', scope, m, f),
    error: (m, f) => write('error', scope, m, f),
    child: (sub) => make(scope ? `${scope}.${sub}` : sub),
  });
  // Writes complete in order: once an empty one has, every line before it is in the file.
  const flush = (): Promise<void> =>
    new Promise((resolve) => (stream ? stream.write('', () => resolve()) : resolve()));
  return Object.assign(make(''), { flush });
}

/** Collects entries in memory; for tests that assert on what was logged. */
export function createMemoryLogger(): Logger & {
  entries: { level: LogLevel; scope: string; message: string }[];
} {
  const entries: { level: LogLevel; scope: string; message: string }[] = [];
  const make = (scope: string): Logger => ({
    debug: (message) => entries.push({ level: 'debug', scope, message }),
    info: (message) => entries.push({ level: 'info', scope, message }),
    warn: (message) => entries.push({ level: 'warn', scope, message }),
    error: (message) => entries.push({ level: 'error', scope, message }),
    child: (sub) => make(scope ? `${scope}.${sub}` : sub),
  });
  return Object.assign(make(''), { entries });
}
