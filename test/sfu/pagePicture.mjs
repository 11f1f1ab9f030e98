/* global document */
// Served to test pages beside livekit-client: shows a subscribed video track and
// reads one pixel of its picture, as a viewer's eyes would.

/** @type {HTMLVideoElement | undefined} */
let last;

/**
 * @param {{ attach(): HTMLVideoElement }} track
 * @param {[number, number]} at where to read, as fractions of width and height
 */
export async function pictureOf(track, at = [0.6, 0.6], timeoutMs = 10_000) {
  const video = track.attach();
  video.muted = true;
  document.body.append(video);
  last = video;
  const deadline = performance.now() + timeoutMs;
  while (video.videoWidth === 0 && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return readPixel(video, at);
}

/** The same pixel of the picture last shown by pictureOf, as it is now. */
export function lastPicture(at = [0.6, 0.6]) {
  return last ? readPixel(last, at) : { width: 0, r: 0, g: 0, b: 0 };
}

/**
 * @param {HTMLVideoElement} video
 * @param {[number, number]} at
 */
function readPixel(video, at) {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const ctx = canvas.getContext('2d');
  ctx?.drawImage(video, 0, 0);
  const [r = 0, g = 0, b = 0] =
    ctx?.getImageData(Math.floor(canvas.width * at[0]), Math.floor(canvas.height * at[1]), 1, 1).data ?? [];
  return { width: video.videoWidth, r, g, b };
}

/** How many frames the picture last shown by pictureOf has presented: a moving picture counts up. */
export function framesShown() {
  return last?.getVideoPlaybackQuality().totalVideoFrames ?? 0;
}
