import type { Scene, SceneCollection } from '../../../shared/scenes/model';
import { drawScene } from './drawScene';
import type { CompositorStats } from './compositorStats';
import type { FrameSource } from './frames';
import FrameClock from './frameClock.worker?worker';
import { isSuperseded } from './frameTicks';

export type TransitionKind = 'cut' | 'fade';

/** Told after each program frame: the canvas just drawn and the scene on air (the incoming one in a fade). */
export type ProgramFrameListener = (frame: { canvas: HTMLCanvasElement; scene: Scene | undefined }) => void;

export interface CompositorOptions {
  width: number;
  height: number;
  fps: number;
  frames: FrameSource;
  /** Size of the preview canvas (the program is drawn at the output size). */
  previewWidth?: number;
}

interface Transition {
  fromId: string;
  toId: string;
  start: number;
  duration: number;
}

// Enough samples for a minute at 30 fps; older ones roll off so a long show stays small.
const statsWindow = 2048;

/**
 * Renders the program scene at the output size into a canvas whose stream is
 * the studio's video, and the preview scene into a smaller canvas beside it.
 *
 * Canvas 2D, not WebGL: where no GPU is present WebGL2 falls back to software
 * (SwiftShader) and manages 8-10 fps for this kind of scene (ENVIRONMENT.md),
 * while Canvas 2D draws the full bench scene (camera, screen, video, 8
 * overlays) at 30 fps with a median frame of ~4 ms (npm run bench:compositor).
 * The per-frame cost is bitmap draws: video arrives decoded by a worker and
 * overlays are pre-rendered.
 */
export class Compositor {
  readonly programCanvas: HTMLCanvasElement;
  readonly previewCanvas: HTMLCanvasElement;
  private readonly program: CanvasRenderingContext2D;
  private readonly preview: CanvasRenderingContext2D;
  private readonly clock: Worker;
  private readonly stream: MediaStream;
  private readonly track: CanvasCaptureMediaStreamTrack;
  private collection: SceneCollection | undefined;
  private programId: string | undefined;
  private transition: Transition | undefined;
  private lastFrameAt = 0;
  private tickCount = 0;
  /** The incoming scene during a fade, drawn whole (background included) then blended. */
  private fadeCanvas: HTMLCanvasElement | undefined;
  private readonly frameListeners = new Set<ProgramFrameListener>();
  readonly stats: CompositorStats = { framesRendered: 0, droppedFrames: 0, renderMs: [], frameIntervals: [] };

  /** Starts the statistics afresh (after a warm-up, say). */
  resetStats(): void {
    Object.assign(this.stats, { framesRendered: 0, droppedFrames: 0, renderMs: [], frameIntervals: [] });
    this.lastFrameAt = 0;
  }

  constructor(private readonly options: CompositorOptions) {
    this.programCanvas = document.createElement('canvas');
    this.programCanvas.width = options.width;
    this.programCanvas.height = options.height;
    this.previewCanvas = document.createElement('canvas');
    this.previewCanvas.width = options.previewWidth ?? 960;
    this.previewCanvas.height = Math.round((this.previewCanvas.width * options.height) / options.width);
    this.program = context2d(this.programCanvas);
    this.preview = context2d(this.previewCanvas);
    // Frame rate 0: a frame is captured exactly when requestFrame() says so.
    this.stream = this.programCanvas.captureStream(0);
    this.track = this.stream.getVideoTracks()[0] as CanvasCaptureMediaStreamTrack;
    this.clock = new FrameClock();
    this.clock.onmessage = (event: MessageEvent<number>) => {
      // Ticks that queued up while the page was busy arrive back to back: only
      // the newest is drawn (the gap counts as dropped frames). A tick that is
      // merely late is still drawn: the frame after it has its own tick.
      if (!isSuperseded(event.data, performance.timeOrigin + performance.now(), this.options.fps))
        this.renderFrame();
    };
  }

  /** The program as a MediaStream with one video track, for publishing and recording. */
  get output(): MediaStream {
    return this.stream;
  }

  get programSceneId(): string | undefined {
    return this.transition?.toId ?? this.programId;
  }

  start(): void {
    this.clock.postMessage({ fps: this.options.fps });
  }

  stop(): void {
    this.clock.postMessage('stop');
  }

  dispose(): void {
    this.stop();
    this.clock.terminate();
    this.track.stop();
  }

  /** Each program frame, for the outputs that encode it (or draw it again for another market or canvas). */
  onProgramFrame(listener: ProgramFrameListener): () => void {
    this.frameListeners.add(listener);
    return () => this.frameListeners.delete(listener);
  }

  /** The size the program is drawn at (scene item transforms are in these pixels). */
  get size(): { width: number; height: number } {
    return { width: this.options.width, height: this.options.height };
  }

  /** The frame source the program draws from. */
  get frames(): FrameSource {
    return this.options.frames;
  }

  /** Follows the edited collection; a program change made elsewhere (undo, say) is a cut. */
  setCollection(collection: SceneCollection): void {
    this.collection = collection;
    if (!this.transition && collection.programSceneId !== this.programId)
      this.programId = collection.programSceneId;
  }

  /** Puts `sceneId` on air with a cut or a fade of `durationMs`. */
  transitionTo(sceneId: string, kind: TransitionKind, durationMs = 500): void {
    if (kind === 'cut' || !this.programId || this.programId === sceneId) {
      this.transition = undefined;
      this.programId = sceneId;
      return;
    }
    const fromId = this.transition?.toId ?? this.programId;
    this.transition = { fromId, toId: sceneId, start: performance.now(), duration: durationMs };
  }

  /** Draws one frame: the program, and every other tick the preview. */
  private renderFrame(): void {
    const started = performance.now();
    const collection = this.collection;
    const ctx = this.program;
    ctx.fillStyle = '#000000';
    ctx.fillRect(0, 0, this.options.width, this.options.height);
    if (collection) {
      const scene = (id: string | undefined) => collection.scenes.find((s) => s.id === id);
      if (this.transition) {
        const progress = Math.min(1, (started - this.transition.start) / this.transition.duration);
        const from = scene(this.transition.fromId);
        const to = scene(this.transition.toId);
        if (from) drawScene(ctx, from, this.options.frames, 1, 1);
        ctx.globalAlpha = easeInOut(progress);
        ctx.drawImage(this.renderFadeTarget(to), 0, 0);
        ctx.globalAlpha = 1;
        if (progress >= 1) {
          this.programId = this.transition.toId;
          this.transition = undefined;
        }
      } else {
        const program = scene(this.programId);
        if (program) drawScene(ctx, program, this.options.frames, 1, 1);
      }
      // The preview refreshes at half rate: it is for the host's eye, not the stream,
      // and only while it is on screen (not on another page, the phone layout or a
      // minimised window), where its copy of the program costs the show's frames.
      // When it shows the scene on air, it is a scaled copy of the finished
      // program frame: video is the costly part of a frame, and is drawn once.
      if (this.tickCount % 2 === 0 && this.previewOnScreen()) {
        const sameAsProgram = !this.transition && collection.previewSceneId === this.programId;
        this.renderPreview(sameAsProgram ? 'program' : scene(collection.previewSceneId));
      }
    }
    this.track.requestFrame();
    if (this.frameListeners.size > 0) {
      const onAir = collection?.scenes.find((sc) => sc.id === (this.transition?.toId ?? this.programId));
      for (const listener of this.frameListeners) listener({ canvas: this.programCanvas, scene: onAir });
    }
    this.tickCount++;
    this.record(started);
  }

  private previewOnScreen(): boolean {
    return this.previewCanvas.isConnected && document.visibilityState === 'visible';
  }

  private renderFadeTarget(scene: SceneCollection['scenes'][number] | undefined): HTMLCanvasElement {
    if (!this.fadeCanvas) {
      this.fadeCanvas = document.createElement('canvas');
      this.fadeCanvas.width = this.options.width;
      this.fadeCanvas.height = this.options.height;
    }
    const ctx = context2d(this.fadeCanvas);
    ctx.fillStyle = '#000000';
    ctx.fillRect(0, 0, this.options.width, this.options.height);
    if (scene) drawScene(ctx, scene, this.options.frames, 1, 1);
    return this.fadeCanvas;
  }

  private renderPreview(scene: SceneCollection['scenes'][number] | 'program' | undefined): void {
    const ctx = this.preview;
    const { width, height } = this.previewCanvas;
    if (scene === 'program') {
      ctx.drawImage(this.programCanvas, 0, 0, width, height);
      return;
    }
    ctx.fillStyle = '#000000';
    ctx.fillRect(0, 0, width, height);
    if (scene) drawScene(ctx, scene, this.options.frames, width / this.options.width, 1);
  }

  private record(started: number): void {
    const finished = performance.now();
    const { stats } = this;
    stats.framesRendered++;
    push(stats.renderMs, finished - started);
    if (this.lastFrameAt > 0) {
      const gap = started - this.lastFrameAt;
      push(stats.frameIntervals, gap);
      // A gap of more than one and a half frames means a frame never made it out.
      const interval = 1000 / this.options.fps;
      if (gap > interval * 1.5) stats.droppedFrames += Math.round(gap / interval) - 1;
    }
    this.lastFrameAt = started;
  }
}

function push(list: number[], value: number): void {
  list.push(value);
  if (list.length > statsWindow) list.shift();
}

function easeInOut(t: number): number {
  return t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
}

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new Error('Canvas 2D is unavailable');
  return ctx;
}
