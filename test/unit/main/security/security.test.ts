import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../../src/main/security/appProtocol';
import { buildContentSecurityPolicy } from '../../../../src/main/security/csp';
import { isSafeExternalUrl } from '../../../../src/main/security/externalUrls';
import { isPermissionGranted } from '../../../../src/main/security/permissions';
import { secureWebPreferences } from '../../../../src/main/security/webPreferences';

const ours = ['studio://app'];

describe('permissions', () => {
  it('grant camera, microphone and screen to our own pages only', () => {
    const own = 'studio://app/index.html';
    expect(
      isPermissionGranted({ permission: 'media', requestingUrl: own, mediaTypes: ['video', 'audio'] }, ours),
    ).toBe(true);
    expect(isPermissionGranted({ permission: 'display-capture', requestingUrl: own }, ours)).toBe(true);
    expect(
      isPermissionGranted(
        { permission: 'media', requestingUrl: 'https://evil.example/', mediaTypes: ['video'] },
        ours,
      ),
    ).toBe(false);
    expect(
      isPermissionGranted({ permission: 'display-capture', requestingUrl: 'file:///x.html' }, ours),
    ).toBe(false);
  });

  it('deny everything not on the list, even to our own pages', () => {
    for (const permission of [
      'geolocation',
      'midi',
      'midiSysex',
      'openExternal',
      'notifications',
      'hid',
      'serial',
      'usb',
      'pointerLock',
      'unknown',
    ]) {
      expect(isPermissionGranted({ permission, requestingUrl: 'studio://app/' }, ours)).toBe(false);
    }
  });

  it('let our own pages reach the loopback feed relay and LAN servers (Local Network Access), and no one else', () => {
    for (const permission of ['local-network-access', 'local-network', 'loopback-network']) {
      expect(
        isPermissionGranted({ permission, requestingUrl: 'studio://app/index.html' }, ours),
        permission,
      ).toBe(true);
      expect(
        isPermissionGranted({ permission, requestingUrl: 'https://shop.example/' }, ours),
        permission,
      ).toBe(false);
    }
  });
});

describe('external links', () => {
  it.each(['https://shop.example/p/1', 'http://localhost:8080/viewer'])('opens %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://share/x',
    'ms-settings:privacy',
    'https://user:pass@shop.example/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('the studio:// protocol', () => {
  const root = resolve('/opt/studio/renderer');
  it('serves files inside the renderer folder', () => {
    expect(resolveAppAsset(root, 'studio://app/')).toBe(join(root, 'index.html'));
    expect(resolveAppAsset(root, 'studio://app/assets/index.js')).toBe(join(root, 'assets/index.js'));
  });
  it.each([
    'studio://app/../main/index.js',
    'studio://app/%2e%2e/%2e%2e/etc/passwd',
    'studio://app/assets/..%2f..%2f..%2fetc%2fpasswd',
    'studio://app/..%5c..%5cwindows%5cwin.ini',
  ])('never leaves the renderer folder for %s', (url) => {
    const file = resolveAppAsset(root, url);
    if (file !== undefined) expect(file.startsWith(root + sep)).toBe(true);
  });
  it.each([
    'studio://app/assets/..%2f..%2f..%2fetc%2fpasswd',
    'studio://other/index.html',
    'file:///etc/passwd',
    'studio://app/%00',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeUndefined();
  });
});

describe('content security policy', () => {
  it('allows no inline or eval script in production', () => {
    const csp = buildContentSecurityPolicy('production');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe');
    expect(csp).toContain("object-src 'none'");
  });
});

describe('web preferences', () => {
  it('keep isolation and the sandbox on', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });
});
