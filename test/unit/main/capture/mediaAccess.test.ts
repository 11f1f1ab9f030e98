import { describe, expect, it } from 'vitest';
import {
  askForMediaAccessOnMac,
  type MediaAccessPreferences,
} from '../../../../src/main/capture/mediaAccess';
import { createMemoryLogger } from '../../../../src/main/logging/logger';

function preferences(statuses: Record<'camera' | 'microphone', string>) {
  const asked: string[] = [];
  const double: MediaAccessPreferences = {
    getMediaAccessStatus: (type) => statuses[type],
    askForMediaAccess: async (type) => {
      asked.push(type);
      return true;
    },
  };
  return { double, asked };
}

describe('camera and microphone access on macOS', () => {
  it('asks for what macOS has not asked yet, before the window opens', async () => {
    const { double, asked } = preferences({ camera: 'not-determined', microphone: 'granted' });
    await askForMediaAccessOnMac(double, 'darwin', createMemoryLogger());
    expect(asked).toEqual(['camera']);
  });

  it('logs access turned off in System Settings instead of asking again', async () => {
    const { double, asked } = preferences({ camera: 'denied', microphone: 'restricted' });
    const logger = createMemoryLogger();
    await askForMediaAccessOnMac(double, 'darwin', logger);
    expect(asked).toEqual([]);
    expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(2);
  });

  it('asks nothing on Windows and Linux, which have no such prompt', async () => {
    const { double, asked } = preferences({ camera: 'not-determined', microphone: 'not-determined' });
    await askForMediaAccessOnMac(double, 'win32', createMemoryLogger());
    await askForMediaAccessOnMac(double, 'linux', createMemoryLogger());
    expect(asked).toEqual([]);
  });
});
