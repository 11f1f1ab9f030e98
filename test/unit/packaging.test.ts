import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { FileMatcher } from 'app-builder-lib/out/fileMatcher';
import { DebugLogger } from 'builder-util';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/tempDir';

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

describe('packaged SQLite and ffmpeg', () => {
  it('ships only the target platform’s prebuilt SQLite addon, with no rebuild', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    expect(config.npmRebuild).toBe(false);
    const patterns = (config.files as { filter: string[] }[])[0]?.filter ?? [];
    const prebuilds = join(root, 'node_modules/better-sqlite3/prebuilds');
    // electron-builder's own matcher, with its macros expanded as for a macOS arm64 package.
    const matcher = new FileMatcher(
      root,
      '/app',
      (p) => p.replace('${platform}', 'darwin').replace('${arch}', 'arm64'),
      patterns,
    );
    const packaged = (file: string) =>
      matcher.createFilter()(join(prebuilds, file), statSync(join(prebuilds, file)));
    expect(packaged('darwin-arm64.node')).toBe(true);
    for (const other of ['darwin-x64.node', 'win32-x64.node', 'linux-x64.node']) {
      expect(packaged(other), other).toBe(false);
    }
  });

  it('refuses a Windows or macOS package without that platform’s ffmpeg, and says where it goes', async () => {
    const config = await getConfig(root, join(root, 'electron-builder.yml'), null);
    expect(config.beforePack).toBe('scripts/check-packaged-ffmpeg.mjs');
    const hook = (await import(join(root, String(config.beforePack)))) as { default(context: unknown): void };
    const project = makeTempDir('crosslive-pack-');
    const context = (platform: string, arch: number) => ({
      electronPlatformName: platform,
      arch,
      packager: { info: { projectDir: project.path } },
    });
    expect(() => hook.default(context('win32', 1))).toThrow(
      /resources[/\\]ffmpeg[/\\]win-x64[/\\]ffmpeg\.exe/,
    );
    expect(() => hook.default(context('darwin', 3))).toThrow(/resources[/\\]ffmpeg[/\\]mac-arm64[/\\]ffmpeg/);
    mkdirSync(join(project.path, 'resources/ffmpeg/win-x64'), { recursive: true });
    writeFileSync(join(project.path, 'resources/ffmpeg/win-x64/ffmpeg.exe'), '');
    expect(() => hook.default(context('win32', 1))).not.toThrow();
    expect(() => hook.default(context('linux', 1))).not.toThrow();
    project.remove();
  });
});
