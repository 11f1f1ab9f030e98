import { desktopCapturer, shell, systemPreferences } from 'electron';
import type { ScreenAccess } from '../../shared/capture/screenSources';
import type { ScreenSourceProvider } from '../services/capture/screenCapture';

/** Screens and windows from Electron's desktopCapturer, with 320x180 thumbnails. */
export const electronScreenSources: ScreenSourceProvider = {
  async list() {
    const sources = await desktopCapturer.getSources({
      types: ['screen', 'window'],
      thumbnailSize: { width: 320, height: 180 },
      fetchWindowIcons: false,
    });
    return sources.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.id.startsWith('screen:') ? ('screen' as const) : ('window' as const),
      thumbnail: s.thumbnail.toDataURL(),
    }));
  },
  access(): ScreenAccess {
    return process.platform === 'darwin' ? systemPreferences.getMediaAccessStatus('screen') : 'granted';
  },
  async openAccessSettings() {
    // The one non-http link the studio opens: macOS's own Screen Recording pane.
    if (process.platform === 'darwin') {
      await shell.openExternal(
        'x-apple.systempreferences:com.apple.preference.security?Privacy_ScreenCapture',
      );
    }
  },
};
