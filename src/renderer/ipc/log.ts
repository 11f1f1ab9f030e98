import type { RendererLogLine } from '../../shared/logging/rendererLogLine';
import { call } from './studio';

type Fields = RendererLogLine['fields'];

/** Sends a line to main.log (log:write); a line that cannot be sent only reaches the console. */
function write(level: RendererLogLine['level'], scope: string, message: string, fields?: Fields): void {
  call('log:write', { level, scope, message, fields }).catch((error: unknown) =>
    console.warn('log line not written', message, error),
  );
}

/** The renderer's log: one line per lifecycle step (the show, the backup), and errors. */
export const log = {
  info: (scope: string, message: string, fields?: Fields) => write('info', scope, message, fields),
  warn: (scope: string, message: string, fields?: Fields) => write('warn', scope, message, fields),
  error: (scope: string, message: string, fields?: Fields) => write('error', scope, message, fields),
};
