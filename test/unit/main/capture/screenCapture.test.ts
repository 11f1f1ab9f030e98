import { describe, expect, it } from 'vitest';
import { createMemoryLogger } from '../../../../src/main/logging/logger';
import { ScreenCapture } from '../../../../src/main/services/capture/screenCapture';
import { fakeScreenSources } from '../../../support/fakeScreenSources';

describe('ScreenCapture', () => {
  it('reports no list where the OS offers none (the browser picks instead)', async () => {
    const screen = new ScreenCapture(undefined, createMemoryLogger());
    expect(await screen.list()).toEqual({ available: false, access: 'granted', sources: [] });
  });

  it('lists no sources while macOS denies screen recording, and opens its settings', async () => {
    const provider = fakeScreenSources('denied');
    const screen = new ScreenCapture(provider, createMemoryLogger());
    expect(await screen.list()).toEqual({ available: true, access: 'denied', sources: [] });
    await screen.openAccessSettings();
    expect(provider.settingsOpened).toBe(1);
  });

  it('hands the chosen source to one capture request only', async () => {
    const screen = new ScreenCapture(fakeScreenSources(), createMemoryLogger());
    await screen.list();
    expect(screen.choose({ id: 'window:42:0' }).name).toBe('Warehouse monitor');
    expect(screen.takeChoice()).toBe('window:42:0');
    expect(screen.takeChoice()).toBeUndefined();
  });

  it('finds a source by name after a restart changed its id', async () => {
    const screen = new ScreenCapture(fakeScreenSources(), createMemoryLogger());
    await screen.list();
    expect(screen.choose({ id: 'window:999:0', name: 'Warehouse monitor' }).id).toBe('window:42:0');
  });

  it('lets a choice expire when no capture asks for it in time', async () => {
    let now = 1_000;
    const screen = new ScreenCapture(fakeScreenSources(), createMemoryLogger(), () => now);
    await screen.list();
    screen.choose({ id: 'screen:0:0' });
    now += 31_000;
    expect(screen.takeChoice()).toBeUndefined();
  });

  it('refuses a source it never listed', async () => {
    const screen = new ScreenCapture(fakeScreenSources(), createMemoryLogger());
    expect(() => screen.choose({ id: 'screen:0:0' })).toThrow(/gone/);
  });
});
