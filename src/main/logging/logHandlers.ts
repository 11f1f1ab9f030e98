import type { DomainHandlers } from '../ipc/router';
import type { RendererLog } from './rendererLog';

export function logHandlers(rendererLog: RendererLog): DomainHandlers<'log'> {
  return { 'log:write': (line) => rendererLog.write(line) };
}
