/** Debian's Chromium and the flags that make media and loopback WebRTC work headless (ENVIRONMENT.md). */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-fake-device-for-media-stream=fps=30',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
  // As Electron's autoplayPolicy does for the studio window: product videos and
  // the audio mix play without a click.
  '--autoplay-policy=no-user-gesture-required',
];
