import type { Statement } from 'better-sqlite3';
import { matchUiLanguage } from '../../../shared/i18n/languages';
import {
  defaultSettings,
  isIanaTimeZone,
  settingKeys,
  settingsShape,
  type SettingKey,
  type Settings,
  type SettingsPatch,
} from '../../../shared/settings/settings';
import { outputResolutionFor } from '../../../shared/settings/machineOutput';
import type { EventHub } from '../../ipc/eventHub';
import type { Logger } from '../../logging/logger';
import type { StudioDatabase } from '../store/database';

/** What the OS says about the user, read once at start-up. */
export interface SystemPreferences {
  /** BCP 47 tags, most preferred first (Electron's app.getPreferredSystemLanguages()). */
  languages: readonly string[];
  timeZone: string;
  /** Logical CPUs (os.availableParallelism()), where known: a first start sizes the output to them. */
  cpuCores?: number;
}

/** Preferences kept as one JSON row per key, validated on the way in and out. */
export class SettingsService {
  private cached: Settings | undefined;
  private readonly selectAll: Statement<[], { key: string; value: string }>;
  private readonly upsert: Statement<[string, string]>;

  constructor(
    private readonly db: StudioDatabase,
    private readonly events: EventHub,
    private readonly logger: Logger,
  ) {
    this.selectAll = db.prepare('SELECT key, value FROM settings');
    this.upsert = db.prepare(
      `INSERT INTO settings (key, value) VALUES (?, ?)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value,
         updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
    );
  }

  /**
   * On the very first start, takes language and time zone from the system and
   * stores them, so later starts keep what was chosen even if the OS changes.
   * A studio starting for the first time also sizes its output to the computer;
   * one in use keeps the size it has, so an update never changes a host's recording.
   */
  initializeFromSystem(system: SystemPreferences): void {
    const stored = new Set(this.selectAll.all().map((row) => row.key));
    const firstStart: SettingsPatch = {};
    if (stored.size === 0 && system.cpuCores !== undefined)
      firstStart.outputResolution = outputResolutionFor(system.cpuCores);
    if (!stored.has('language')) firstStart.language = matchUiLanguage(system.languages);
    if (!stored.has('hostTimeZone') && isIanaTimeZone(system.timeZone)) {
      firstStart.hostTimeZone = system.timeZone;
    }
    if (Object.keys(firstStart).length > 0) {
      this.write(firstStart);
      this.logger.info('first-start settings taken from the system', firstStart);
    }
  }

  /**
   * Every setting, read from SQLite once after each change: main asks many times per comment
   * (the host's language, the blocklist, the translator, a platform's market), and parsing every
   * row each time (a time zone is checked through Intl) was a tenth of main's time in bench:chat.
   * Frozen, as it is shared.
   */
  getAll(): Settings {
    this.cached ??= Object.freeze(this.read());
    return this.cached;
  }

  private read(): Settings {
    const settings: Settings = { ...defaultSettings };
    for (const row of this.selectAll.all()) {
      if (!Object.hasOwn(settingsShape, row.key)) continue;
      const key = row.key as SettingKey;
      const parsed = settingsShape[key].safeParse(safeJson(row.value));
      if (parsed.success) {
        (settings as Record<SettingKey, unknown>)[key] = parsed.data;
      } else {
        // A value an older or newer build wrote that this one cannot read: keep
        // the row untouched (no data lost) and use the default meanwhile.
        this.logger.warn('ignoring unreadable setting', { key });
      }
    }
    return settings;
  }

  /** Applies a validated patch in one transaction and tells every window. */
  update(patch: SettingsPatch): Settings {
    this.write(patch);
    const settings = this.getAll();
    this.events.emit('settings:onChanged', settings);
    return settings;
  }

  private write(patch: SettingsPatch): void {
    this.cached = undefined;
    const entries = settingKeys.filter((key) => patch[key] !== undefined);
    this.db.transaction(() => {
      for (const key of entries) this.upsert.run(key, JSON.stringify(patch[key]));
    })();
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
