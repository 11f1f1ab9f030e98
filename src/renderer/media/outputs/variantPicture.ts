import { canvasSize, type OutputCanvas } from '../../../shared/outputs/platformPresets';
import { arrangeForCanvas } from '../../../shared/scenes/canvasArrangement';
import type { Scene, SceneItem, Source } from '../../../shared/scenes/model';
import type { MarketId } from '../../../shared/markets/markets';
import { drawScene } from '../compositor/drawScene';
import type { FrameSource } from '../compositor/frames';

export interface PictureContext {
  /** The program's market: a variant for it, at the program's shape, is a scaled copy. */
  programMarket: MarketId;
  programSize: { width: number; height: number };
  sources: readonly Source[];
  /** The scene's sources drawn for a market's viewers. */
  framesFor(market: MarketId): FrameSource;
}

/**
 * One variant's picture, drawn each program frame. For the program's market at its shape the
 * finished program frame is scaled (video is decoded and drawn once); for another market or a
 * portrait canvas the scene on air is drawn again, its overlays in that market's words and,
 * for phones, rearranged (canvasArrangement.ts). A fade reaches such a variant as a cut.
 */
export class VariantPicture {
  private readonly ctx: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  private arranged: { scene: Scene; sources: readonly Source[]; items: SceneItem[] } | undefined;
  private frames: FrameSource | undefined;

  /** Draws into `canvas`, sized here: an OffscreenCanvas to encode, or a page canvas to publish as a track. */
  constructor(
    private readonly variantCanvas: OutputCanvas,
    private readonly market: MarketId,
    readonly canvas: OffscreenCanvas | HTMLCanvasElement = new OffscreenCanvas(1, 1),
  ) {
    const { width, height } = canvasSize(variantCanvas);
    canvas.width = width;
    canvas.height = height;
    const ctx =
      canvas instanceof OffscreenCanvas
        ? canvas.getContext('2d', { alpha: false })
        : canvas.getContext('2d', { alpha: false });
    if (!ctx) throw new Error('Canvas 2D is unavailable');
    this.ctx = ctx;
  }

  render(program: HTMLCanvasElement, scene: Scene | undefined, context: PictureContext): void {
    const { width, height } = this.canvas;
    const sameShape = width * context.programSize.height === height * context.programSize.width;
    if (sameShape && this.market === context.programMarket) {
      this.ctx.drawImage(program, 0, 0, width, height);
      return;
    }
    this.ctx.fillStyle = '#000000';
    this.ctx.fillRect(0, 0, width, height);
    if (!scene) return;
    this.frames ??= context.framesFor(this.market);
    const items = this.itemsFor(scene, context);
    drawScene(this.ctx, { ...scene, items }, this.frames, 1, 1);
  }

  private itemsFor(scene: Scene, context: PictureContext): SceneItem[] {
    const cached = this.arranged;
    if (cached?.scene === scene && cached.sources === context.sources) return cached.items;
    const items = arrangeForCanvas(
      scene.items,
      context.sources,
      context.programSize,
      canvasSize(this.variantCanvas),
      scene.portrait,
    );
    this.arranged = { scene, sources: context.sources, items };
    return items;
  }
}
