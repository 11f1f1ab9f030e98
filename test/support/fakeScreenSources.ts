import type { ScreenAccess, ScreenSource } from '../../src/shared/capture/screenSources';
import type { ScreenSourceProvider } from '../../src/main/services/capture/screenCapture';

// A 1x1 grey PNG: enough of a thumbnail for the picker's <img>.
const thumbnail =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNoaGgAAAMEAYFL09IQAAAAAElFTkSuQmCC';

/**
 * Stands in for Electron's desktopCapturer and systemPreferences, which exist
 * only inside Electron: two screens' worth of sources, and the access state to
 * report. Records when the host is sent to the OS settings.
 */
export function fakeScreenSources(
  access: ScreenAccess = 'granted',
): ScreenSourceProvider & { settingsOpened: number } {
  const sources: ScreenSource[] = [
    { id: 'screen:0:0', name: 'Entire screen', kind: 'screen', thumbnail },
    { id: 'window:42:0', name: 'Warehouse monitor', kind: 'window', thumbnail },
  ];
  const provider = {
    settingsOpened: 0,
    list: async () => sources,
    access: () => access,
    openAccessSettings: async () => {
      provider.settingsOpened++;
    },
  };
  return provider;
}
