import type { Size } from './layout';

/** 4K is the host's choice, never a default. */
const largestDefault: Size = { width: 1920, height: 1080 };

/** The capture sizes a camera source offers, smallest first. */
export const cameraResolutions: readonly Size[] = [
  { width: 1280, height: 720 },
  largestDefault,
  { width: 3840, height: 2160 },
];

/**
 * The size a new camera is captured at: the smallest offered whose height fills every picture it
 * is drawn in, the program and each destination's canvas, up to 1920 × 1080. A phone's portrait
 * canvas is filled by the camera's whole height, so its height counts as a landscape one's does.
 *
 * A capture larger than the pictures is converted to RGB every frame for nothing: for a
 * 1280 × 720 program on two cores, a 1920 × 1080 camera cost the studio's renderer 0.73 cores
 * against 0.42 for a 1280 × 720 one (npm run bench:camera).
 */
export function cameraCaptureSize(pictures: readonly Size[]): Size {
  const needed = Math.max(0, ...pictures.map((p) => p.height));
  return (
    cameraResolutions.find((r) => r.height >= needed && r.height <= largestDefault.height) ?? largestDefault
  );
}
