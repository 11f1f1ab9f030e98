import type { OutputVariant } from '../../../shared/outputs/outputStatus';
import type { Scene } from '../../../shared/scenes/model';
import { VariantPicture, type PictureContext } from './variantPicture';

/**
 * A variant the LiveKit server restreams: drawn each program frame on a page canvas whose
 * stream is one more video track of the studio in the room (RoomVariants publishes it);
 * livekit-client encodes it, Egress sends it on.
 */
export class RoomVariant {
  private readonly picture: VariantPicture;
  readonly track: CanvasCaptureMediaStreamTrack;
  readonly droppedFrames = 0;

  constructor(readonly variant: OutputVariant) {
    this.picture = new VariantPicture(variant.canvas, variant.market, document.createElement('canvas'));
    const canvas = this.picture.canvas as HTMLCanvasElement;
    // Frame rate 0: a frame goes out exactly when requestFrame() says so, in step with the program.
    const [track] = canvas.captureStream(0).getVideoTracks();
    if (!track) throw new Error('canvas capture gave no track');
    this.track = track as CanvasCaptureMediaStreamTrack;
  }

  encodeFrame(program: HTMLCanvasElement, scene: Scene | undefined, context: PictureContext): void {
    this.picture.render(program, scene, context);
    this.track.requestFrame();
  }

  close(): void {
    this.track.stop();
  }
}
