import { canvasSize, type OutputCanvas } from '../../../shared/outputs/platformPresets';
import { arrangeForCanvas } from '../../../shared/scenes/canvasArrangement';
import type { Scene, SceneItem, Source } from '../../../shared/scenes/model';
import type { MarketId } from '../../../shared/markets/markets';
import { sceneDrawOps, type DrawOp } from '../compositor/drawOps';
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
 * What one variant's picture is made of, each program frame, as draw ops over black. For the
 * program's market at its shape it is the finished program frame, scaled (video is decoded
 * and drawn once); for another market or a portrait canvas it is the scene on air drawn
 * again, its overlays in that market's words and, for phones, rearranged
 * (canvasArrangement.ts). A fade reaches such a variant as a cut.
 */
export class VariantLayout {
  readonly width: number;
  readonly height: number;
  private arranged: { scene: Scene; sources: readonly Source[]; items: SceneItem[] } | undefined;
  private frames: FrameSource | undefined;

  constructor(
    private readonly variantCanvas: OutputCanvas,
    private readonly market: MarketId,
  ) {
    ({ width: this.width, height: this.height } = canvasSize(variantCanvas));
  }

  ops(program: HTMLCanvasElement, scene: Scene | undefined, context: PictureContext): DrawOp[] {
    const { width, height } = this;
    const sameShape = width * context.programSize.height === height * context.programSize.width;
    if (sameShape && this.market === context.programMarket) {
      const { width: pw, height: ph } = context.programSize;
      return [
        {
          image: program,
          sx: 0,
          sy: 0,
          sw: pw,
          sh: ph,
          dx: 0,
          dy: 0,
          dw: width,
          dh: height,
          alpha: 1,
          rotation: 0,
          cx: 0,
          cy: 0,
        },
      ];
    }
    if (!scene) return [];
    this.frames ??= context.framesFor(this.market);
    return sceneDrawOps({ ...scene, items: this.itemsFor(scene, context) }, this.frames, 1, 1);
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
