import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { StudioApi } from '../../../src/shared/ipc/studioApi';

// The preload needs Electron's contextBridge and ipcRenderer, which exist only
// inside Electron; these records stand in for them so the preload's own rules
// (which channels pass, what listeners receive) can be checked.
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: 'from main' }));
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: {
    invoke,
    on: (channel: string, fn: (event: unknown, payload: unknown) => void) => listeners.set(channel, fn),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

describe('preload', () => {
  let studio: StudioApi;
  beforeEach(async () => {
    invoke.mockClear();
    await import('../../../src/preload/index');
    studio = exposed['studio'] as StudioApi;
  });

  it('exposes exactly one object, studio, with invoke and on', () => {
    expect(Object.keys(exposed)).toEqual(['studio']);
    expect(Object.keys(studio).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract channels to main', async () => {
    expect(await studio.invoke('settings:update', { outputFps: 60 })).toEqual({
      ok: true,
      value: 'from main',
    });
    expect(invoke).toHaveBeenCalledWith('settings:update', { outputFps: 60 });
  });

  it('refuses channels outside the contract without calling main', async () => {
    const result = await (studio.invoke as (c: string) => Promise<unknown>)('app:relaunchAsAdmin');
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
    expect(invoke).not.toHaveBeenCalled();
    expect(() => (studio.on as (e: string, l: () => void) => void)('ipc:everything', () => {})).toThrow();
  });

  it('hands listeners the payload only, never the Electron event', () => {
    const seen: unknown[] = [];
    const off = studio.on('settings:onChanged', (payload) => seen.push(payload));
    listeners.get('settings:onChanged')?.({ sender: 'ipcRenderer internals' }, { outputFps: 60 });
    expect(seen).toEqual([{ outputFps: 60 }]);
    off();
    expect(listeners.has('settings:onChanged')).toBe(false);
  });
});
