import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromiumBrowser, hasDisplay } from '../../../../src/main/browserStudio/browserLauncher';
import { systemLanguages } from '../../../../src/main/browserStudio/systemLanguages';
import { appDataDir } from '../../../../src/main/userDataDir';
import { makeTempDir } from '../../../support/tempDir';

describe('the browser studio on the host’s computer', () => {
  it('reads the host’s languages from the POSIX locale, LANGUAGE’s list first', () => {
    expect(systemLanguages({ LANGUAGE: 'pt_BR:en', LANG: 'zh_CN.UTF-8' }).slice(0, 3)).toEqual([
      'pt-BR',
      'en',
      'zh-CN',
    ]);
    expect(systemLanguages({ LANG: 'C.UTF-8', LC_ALL: 'POSIX' })).not.toContain('C');
    expect(systemLanguages({ LANG: 'ar_SA.UTF-8@latin' })[0]).toBe('ar-SA');
  });

  it('keeps its data where Electron keeps an app’s, per OS', () => {
    expect(appDataDir('win32', { APPDATA: 'C:\\Users\\li\\AppData\\Roaming' }, 'C:\\Users\\li')).toBe(
      'C:\\Users\\li\\AppData\\Roaming',
    );
    expect(appDataDir('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Application Support');
    expect(appDataDir('linux', { XDG_CONFIG_HOME: '/home/li/.cfg' }, '/home/li')).toBe('/home/li/.cfg');
    expect(appDataDir('linux', {}, '/home/li')).toBe('/home/li/.config');
  });

  it('finds Chrome before Chromium on PATH, and honours CROSSLIVE_BROWSER', () => {
    const bin = makeTempDir('crosslive-bin-');
    for (const name of ['chromium', 'google-chrome']) {
      writeFileSync(join(bin.path, name), '#!/bin/sh\n');
      chmodSync(join(bin.path, name), 0o755);
    }
    mkdirSync(join(bin.path, 'empty'));
    expect(findChromiumBrowser('linux', { PATH: bin.path })).toBe(join(bin.path, 'google-chrome'));
    expect(findChromiumBrowser('linux', { PATH: join(bin.path, 'empty') })).toBeUndefined();
    expect(findChromiumBrowser('linux', { PATH: bin.path, CROSSLIVE_BROWSER: '/opt/edge' })).toBe(
      '/opt/edge',
    );
    bin.remove();
  });

  it('opens no window on a Linux session without a display', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});
