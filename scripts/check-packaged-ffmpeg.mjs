// electron-builder's beforePack hook: a Windows or macOS package must carry that
// platform's ffmpeg (README, "Network cameras and ffmpeg"), or its network cameras
// would fail on the host's machine. Refuses the build and says what to put where.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

// electron-builder's Arch enum, by value (builder-util's Arch).
const archNames = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];
const osNames = { darwin: 'mac', win32: 'win' };

/** @param {{ electronPlatformName: string, arch: number, packager: { info: { projectDir: string } } }} context */
export default function checkPackagedFfmpeg(context) {
  const os = osNames[context.electronPlatformName];
  if (!os) return; // Linux packages use the system's ffmpeg.
  const folder = join('resources', 'ffmpeg', `${os}-${archNames[context.arch]}`);
  const binary = join(folder, os === 'win' ? 'ffmpeg.exe' : 'ffmpeg');
  if (!existsSync(join(context.packager.info.projectDir, binary))) {
    throw new Error(
      `No ffmpeg for this package: put an ffmpeg build with libx264 for ${os}-${archNames[context.arch]} at ${binary} ` +
        '(network cameras need it; see the README, "Network cameras and ffmpeg").',
    );
  }
}
