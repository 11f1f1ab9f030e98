/// <reference lib="webworker" />
/**
 * Turns a camera or screen track's frames (YUV VideoFrames) into RGB
 * ImageBitmaps here, off the page's main thread: on a machine without a GPU
 * that conversion is the costliest step of a frame, and the main thread also
 * runs the UI and the canvas capture. Only the newest frame matters; the page
 * closes any it did not draw.
 */
self.onmessage = async (event: MessageEvent<{ frames: ReadableStream<VideoFrame> }>) => {
  const reader = event.data.frames.getReader();
  for (;;) {
    const { value: frame, done } = await reader.read();
    if (done) break;
    try {
      const bitmap = await createImageBitmap(frame);
      self.postMessage(bitmap, [bitmap]);
    } finally {
      frame.close();
    }
  }
  self.postMessage('ended');
};
