import type { Logger } from '../logging/logger';

/** The part of Electron's systemPreferences that media access needs (a test passes its own). */
export interface MediaAccessPreferences {
  getMediaAccessStatus(mediaType: 'camera' | 'microphone'): string;
  askForMediaAccess(mediaType: 'camera' | 'microphone'): Promise<boolean>;
}

/**
 * macOS asks the user once per app for the camera and the microphone. Asking at
 * start-up, before a scene opens a camera, puts that question (with the reasons in
 * Info.plist's NSCameraUsageDescription and NSMicrophoneUsageDescription) in front of
 * the host instead of a silent black source; a refusal is logged, and the camera
 * source then says so. Other systems have no such prompt.
 */
export async function askForMediaAccessOnMac(
  preferences: MediaAccessPreferences,
  platform: NodeJS.Platform,
  logger: Logger,
): Promise<void> {
  if (platform !== 'darwin') return;
  for (const mediaType of ['camera', 'microphone'] as const) {
    const status = preferences.getMediaAccessStatus(mediaType);
    if (status === 'not-determined') {
      const granted = await preferences.askForMediaAccess(mediaType);
      logger.info('media access asked', { mediaType, granted });
    } else if (status !== 'granted') {
      logger.warn('media access is off in System Settings', { mediaType, status });
    }
  }
}
