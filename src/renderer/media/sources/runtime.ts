import type { Product } from '../../../shared/catalog/product';
import type { Market } from '../../../shared/markets/markets';
import type { Poll } from '../../../shared/live/showData';
import type { SceneItem } from '../../../shared/scenes/model';
import type { SourceFrame } from '../compositor/frames';

/** What overlays and slates need to know about the show this frame. */
export interface ShowContext {
  market: Market;
  products: ReadonlyMap<string, Product>;
  now(): Date;
  /** A product photo once loaded (loading starts on the first ask). */
  image(mediaId: string): ImageBitmap | undefined;
  /** The viewer question the host pinned to the screen, if any. */
  question: PinnedQuestion | undefined;
  /** The poll on screen, with its running counts. */
  poll: Poll | null;
  /** Drawn for an output's variant (another market or canvas), not the program the host sees. */
  forOutput?: boolean;
}

export interface PinnedQuestion {
  commentId: string;
  author: string;
  /** As the viewer wrote it. */
  text: string;
  /** In the host's language; null when the same or not translated. */
  translation: string | null;
}

export type SourceState = 'starting' | 'live' | 'disconnected' | 'failed' | 'incomplete';

export interface SourceStatus {
  state: SourceState;
  /** English detail for the log; the UI shows a translated message per state. */
  detail?: string;
}

/** The live side of one source: its capture or its drawing. */
export interface SourceRuntime {
  frame(item: SceneItem, show: ShowContext): SourceFrame | undefined;
  /** The words it last put on screen, for the program's accessible description. */
  describe(): string[];
  status(): SourceStatus;
  dispose(): void;
}
