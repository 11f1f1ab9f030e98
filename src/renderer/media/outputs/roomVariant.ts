import type { OutputVariant } from '../../../shared/outputs/outputStatus';
import type { Scene } from '../../../shared/scenes/model';
import { paintOps } from '../compositor/drawOps';
import { VariantLayout, type PictureContext } from './variantLayout';

/**
 * A variant the LiveKit server restreams: drawn each program frame on a page canvas whose
 * stream is one more video track of the studio in the room (RoomVariants publishes it);
 * livekit-client encodes it, Egress sends it on.
 */
export class RoomVariant {
  private readonly layout: VariantLayout;
  private readonly ctx: CanvasRenderingContext2D;
  readonly track: CanvasCaptureMediaStreamTrack;
  readonly droppedFrames = 0;

  constructor(readonly variant: OutputVariant) {
    this.layout = new VariantLayout(variant.canvas, variant.market);
    const canvas = document.createElement('canvas');
    canvas.width = this.layout.width;
    canvas.height = this.layout.height;
    const ctx = canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('Canvas 2D is unavailable');
    this.ctx = ctx;
    // Frame rate 0: a frame goes out exactly when requestFrame() says so, in step with the program.
    const [track] = canvas.captureStream(0).getVideoTracks();
    if (!track) throw new Error('canvas capture gave no track');
    this.track = track as CanvasCaptureMediaStreamTrack;
  }

  encodeFrame(program: HTMLCanvasElement, scene: Scene | undefined, context: PictureContext): void {
    this.ctx.fillStyle = '#000000';
    this.ctx.fillRect(0, 0, this.layout.width, this.layout.height);
    paintOps(this.ctx, this.layout.ops(program, scene, context), (op) => op.image);
    this.track.requestFrame();
  }

  close(): void {
    this.track.stop();
  }
}
