import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

// Packaging downloads Electron and cannot run here; this checks the config with
// electron-builder's own loader and schema so a typo fails CI, not a release.
describe('electron-builder configuration', () => {
  it('passes electron-builder schema validation', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('rejects a config with an unknown option (the check can fail)', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    const broken = { ...config, mac: { ...config.mac, hardenedRuntimee: true } };
    await expect(validateConfiguration(broken, new DebugLogger(false))).rejects.toThrow(
      /Invalid configuration object/,
    );
  });

  it('ships the per-platform ffmpeg where main looks for it (<resources>/ffmpeg)', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    expect(config.extraResources).toEqual([{ from: 'resources/ffmpeg/${os}-${arch}', to: 'ffmpeg' }]);
  });

  it('builds NSIS for Windows and a hardened-runtime dmg for macOS with usage descriptions', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    expect(JSON.stringify(config.win?.target)).toContain('nsis');
    expect(JSON.stringify(config.mac?.target)).toContain('dmg');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(Object.keys(config.mac?.extendInfo ?? {})).toEqual(
      expect.arrayContaining(['NSCameraUsageDescription', 'NSMicrophoneUsageDescription']),
    );
    for (const file of [config.icon, config.mac?.entitlements]) {
      expect(file && existsSync(join(root, file))).toBe(true);
    }
  });
});
