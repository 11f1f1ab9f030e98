import type { Settings } from './settings';

/**
 * Computers with this many logical CPUs or fewer cannot compose, record and encode a 1080p show at
 * 30 fps with the CPU alone: the studio draws the program, converts the camera to RGB, records the
 * 1080p backup and encodes the live layers on them. Measured with `npm run bench:weaknet` (profile
 * o, nothing wrong on the path) on a 2-core machine: the viewer got 23 to 26 fps p50 from a 1080p
 * program and 29 from a 720p one. With the standard and saver presets viewers get 720p either way.
 */
export const fewCores = 2;

/** The output size a first start chooses for a computer with `cpuCores` logical CPUs. */
export function outputResolutionFor(cpuCores: number): Settings['outputResolution'] {
  return cpuCores <= fewCores ? '1280x720' : '1920x1080';
}
