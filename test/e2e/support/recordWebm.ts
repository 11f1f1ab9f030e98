import type { Page } from '@playwright/test';

/**
 * Records a short real WebM (VP8) in the page: a red frame with a white square
 * moving across, as a looping product video would be, with a steady tone as its
 * sound when asked. Returns its bytes.
 */
export async function recordRedWebm(page: Page, durationMs = 1500, withTone = false): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ([ms, tone]) => {
      const canvas = document.createElement('canvas');
      canvas.width = 320;
      canvas.height = 180;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d context');
      let frame = 0;
      const draw = (): void => {
        ctx.fillStyle = '#d02020';
        ctx.fillRect(0, 0, 320, 180);
        ctx.fillStyle = '#ffffff';
        ctx.fillRect((frame++ * 8) % 320, 120, 30, 30);
      };
      draw();
      const timer = setInterval(draw, 33);
      const stream = canvas.captureStream(30);
      let audio: AudioContext | undefined;
      if (tone) {
        // A steady 440 Hz tone as the product video's sound.
        audio = new AudioContext();
        const oscillator = audio.createOscillator();
        const sink = audio.createMediaStreamDestination();
        oscillator.connect(sink);
        oscillator.start();
        sink.stream.getAudioTracks().forEach((t) => stream.addTrack(t));
      }
      const recorder = new MediaRecorder(stream, {
        mimeType: tone ? 'video/webm;codecs=vp8,opus' : 'video/webm;codecs=vp8',
      });
      const chunks: Blob[] = [];
      recorder.ondataavailable = (event) => chunks.push(event.data);
      const stopped = new Promise((resolve) => (recorder.onstop = resolve));
      recorder.start();
      await new Promise((resolve) => setTimeout(resolve, ms));
      recorder.stop();
      await stopped;
      clearInterval(timer);
      await audio?.close();
      const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000)
        text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(text);
    },
    [durationMs, withTone] as const,
  );
  return Buffer.from(base64, 'base64');
}
