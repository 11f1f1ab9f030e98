import type { DomainHandlers } from '../../ipc/router';
import type { ScreenCapture } from './screenCapture';

export function captureHandlers(screen: ScreenCapture): DomainHandlers<'capture'> {
  return {
    'capture:listScreenSources': () => screen.list(),
    'capture:chooseScreenSource': (selection) => screen.choose(selection),
    'capture:openScreenAccessSettings': () => screen.openAccessSettings(),
  };
}
