import { describe, expect, it } from 'vitest';
import { cameraCaptureSize } from '../../../../src/shared/scenes/cameraCapture';

const hd = { width: 1280, height: 720 };
const fullHd = { width: 1920, height: 1080 };

describe('the size a new camera is captured at', () => {
  it('is the program’s own size when nothing larger is drawn from it', () => {
    expect(cameraCaptureSize([hd])).toEqual(hd);
    expect(cameraCaptureSize([fullHd])).toEqual(fullHd);
  });

  it('grows to the largest destination canvas', () => {
    expect(cameraCaptureSize([hd, { width: 1280, height: 720 }, fullHd])).toEqual(fullHd);
  });

  it('fills a phone’s portrait canvas by its height, without growing past 1920 × 1080', () => {
    expect(cameraCaptureSize([hd, { width: 720, height: 1280 }])).toEqual(fullHd);
    expect(cameraCaptureSize([hd, { width: 1080, height: 1920 }])).toEqual(fullHd);
  });

  it('never picks 4K, nor less than 1280 × 720, unasked', () => {
    expect(cameraCaptureSize([{ width: 3840, height: 2160 }])).toEqual(fullHd);
    expect(cameraCaptureSize([{ width: 640, height: 360 }])).toEqual(hd);
    expect(cameraCaptureSize([])).toEqual(hd);
  });
});
