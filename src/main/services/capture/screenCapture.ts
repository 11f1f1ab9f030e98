import { StudioError } from '../../../shared/ipc/errors';
import type { ScreenAccess, ScreenSource, ScreenSourceList } from '../../../shared/capture/screenSources';
import type { Logger } from '../../logging/logger';

/** What the OS offers: Electron's desktopCapturer and systemPreferences in the app. */
export interface ScreenSourceProvider {
  list(): Promise<ScreenSource[]>;
  access(): ScreenAccess;
  openAccessSettings(): Promise<void>;
}

/** How long a choice waits for the capture request it was made for. */
const choiceLifetimeMs = 30_000;

/**
 * The studio's own screen picker: lists screens and windows with thumbnails,
 * remembers the one the host picks, and hands it to the next capture request
 * (the display-media handler), so no other page or delayed request can use it.
 */
export class ScreenCapture {
  private listed = new Map<string, ScreenSource>();
  private choice: { id: string; at: number } | undefined;

  constructor(
    private readonly provider: ScreenSourceProvider | undefined,
    private readonly logger: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async list(): Promise<ScreenSourceList> {
    if (!this.provider) return { available: false, access: 'granted', sources: [] };
    const access = this.provider.access();
    if (access === 'denied' || access === 'restricted') return { available: true, access, sources: [] };
    const sources = await this.provider.list();
    this.listed = new Map(sources.map((s) => [s.id, s]));
    return { available: true, access, sources };
  }

  /** Picks a source shown by the last `list`, or one of that name when ids changed (a restart). */
  choose(selection: { id?: string; name?: string }): ScreenSource {
    const source =
      (selection.id ? this.listed.get(selection.id) : undefined) ??
      [...this.listed.values()].find((s) => selection.name && s.name === selection.name);
    if (!source) throw new StudioError('NOT_FOUND', 'That screen or window is gone.');
    this.choice = { id: source.id, at: this.now() };
    this.logger.info('screen source chosen', { kind: source.kind });
    return source;
  }

  /** The pending choice, once: the display-media handler takes it. */
  takeChoice(): string | undefined {
    const choice = this.choice;
    this.choice = undefined;
    return choice && this.now() - choice.at <= choiceLifetimeMs ? choice.id : undefined;
  }

  async openAccessSettings(): Promise<void> {
    await this.provider?.openAccessSettings();
  }
}
