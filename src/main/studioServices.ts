import { join } from 'node:path';
import { EventHub } from './ipc/eventHub';
import { IpcRouter } from './ipc/router';
import { createSenderCheck } from './ipc/senderCheck';
import type { Logger } from './logging/logger';
import { RendererLog } from './logging/rendererLog';
import { ScreenCapture, type ScreenSourceProvider } from './services/capture/screenCapture';
import { CatalogService } from './services/catalog/catalogService';
import { MediaLibrary } from './services/media/mediaLibrary';
import { SceneStore } from './services/scenes/sceneStore';
import { SecretStore, type Encryptor } from './services/secrets/secretStore';
import { SettingsService, type SystemPreferences } from './services/settings/settingsService';
import { openDatabase, type StudioDatabase } from './services/store/database';
import { FeedService } from './services/feeds/feedService';
import { LiveCredentials } from './services/live/liveCredentials';
import { ViewerPageServer } from './services/live/viewerPageServer';
import { ViewerIdentities } from './services/live/viewerIdentities';
import { CommentService } from './services/comments/commentService';
import { PollService } from './services/comments/pollService';
import { CommentIngestServer } from './services/comments/commentIngestServer';
import { translatorFromSettings } from './services/translate/translatorFromSettings';
import { BackupRecordings } from './services/recording/backupRecordings';
import { resolveFfmpeg } from './services/feeds/ffmpegPath';
import { ObsController } from './services/obs/obsController';
import { ObsPreferenceStore } from './services/obs/obsPreferences';
import { ReminderClock } from './services/schedule/reminderClock';
import { ScheduleService } from './services/schedule/scheduleService';
import { TeamCalendarRefresher } from './services/schedule/teamCalendarRefresher';
import { fetchCalendarText } from './services/schedule/teamCalendarFetch';
import { classifyStorageError } from './services/store/storageErrors';
import type { Reminder } from '../shared/schedule/scheduleState';
import { appHandlers } from './appHandlers';
import { logHandlers } from './logging/logHandlers';
import { shellHandlers } from './security/shellHandlers';
import { settingsHandlers } from './services/settings/settingsHandlers';
import { secretHandlers } from './services/secrets/secretHandlers';
import { sceneHandlers } from './services/scenes/sceneHandlers';
import { catalogHandlers } from './services/catalog/catalogHandlers';
import { mediaHandlers } from './services/media/mediaHandlers';
import { captureHandlers } from './services/capture/captureHandlers';
import { scheduleHandlers } from './services/schedule/scheduleHandlers';
import { obsHandlers } from './services/obs/obsHandlers';
import { feedHandlers } from './services/feeds/feedHandlers';
import { recordingHandlers } from './services/recording/recordingHandlers';
import { liveHandlers } from './services/live/liveHandlers';
import { commentHandlers } from './services/comments/commentHandlers';
import { pollHandlers } from './services/comments/pollHandlers';
import { translationHandlers } from './services/translate/translationHandlers';
import { ShowRecorder } from './services/analytics/showRecorder';
import { ShowReports } from './services/analytics/showReports';
import { analyticsHandlers } from './services/analytics/analyticsHandlers';
import { sessionEnd } from '../shared/schedule/session';
import { createChatSupervisor } from './services/chat/chatServices';
import { platformEndpoints, type ChatEndpoints } from './services/chat/chatEndpoints';
import { chatHandlers } from './services/chat/chatHandlers';
import { OutputService } from './services/outputs/outputService';
import { outputHandlers } from './services/outputs/outputHandlers';
import type { ChatSupervisor } from './services/chat/chatSupervisor';

export interface StudioServicesOptions {
  /** The user-data folder: the database lives here. */
  dataDir: string;
  /** Origins whose top frame may call IPC (the app's own protocol, the dev server). */
  trustedOrigins: readonly string[];
  encryptor: Encryptor;
  system: SystemPreferences;
  app: { name: string; version: string; platform: string };
  openExternal(url: string): Promise<void>;
  logger: Logger;
  /** The OS's screens and windows; absent where the browser shows its own picker. */
  screenSources?: ScreenSourceProvider;
  /** Shows a session reminder as a system notification; absent where the page shows its own. */
  notify?: (reminder: Reminder) => void;
  /** Reads a shared calendar's address; tests point it at a local server. */
  fetchCalendar?: (url: string) => Promise<string>;
  now?: () => number;
  /** Where packaged builds keep resources (Electron's process.resourcesPath), to find a shipped ffmpeg. */
  resourcesDir?: string;
  /** The built renderer, whose viewer page main serves to viewers and guests. */
  rendererDir: string;
  /** Vite's dev server origin under `npm start`: the viewer page comes from there. */
  devServerOrigin?: string;
  /** Each batch of show events written, and how long it took (bench/report.ts). */
  onShowEventsFlush?: (rows: number, ms: number) => void;
  /** The platforms' API addresses; tests give local servers speaking the same wire formats. */
  chatEndpoints?: ChatEndpoints;
}

export interface StudioServices {
  router: IpcRouter;
  events: EventHub;
  db: StudioDatabase;
  settings: SettingsService;
  secrets: SecretStore;
  scenes: SceneStore;
  catalog: CatalogService;
  media: MediaLibrary;
  screen: ScreenCapture;
  schedule: ScheduleService;
  obs: ObsController;
  feeds: FeedService;
  recordings: BackupRecordings;
  viewerPage: ViewerPageServer;
  comments: CommentService;
  polls: PollService;
  shows: ShowRecorder;
  chat: ChatSupervisor;
  outputs: OutputService;
  /** Starts the timers (reminders, the team calendar), once windows can hear their events. */
  start(): void;
  close(): void;
}

/**
 * The composition root of main: builds every service from plain dependencies and
 * registers the IPC handlers each domain exports beside its service. Electron's
 * main (index.ts) and the e2e harness both call this, so tests run the same
 * services the app runs.
 */
export function createStudioServices(options: StudioServicesOptions): StudioServices {
  const { logger } = options;
  const db = openDatabase(join(options.dataDir, 'studio.sqlite'), logger.child('store'));
  const events = new EventHub();
  const router = new IpcRouter({
    isTrustedSender: createSenderCheck(options.trustedOrigins),
    logger: logger.child('ipc'),
    classifyError: classifyStorageError,
  });
  const settings = new SettingsService(db, events, logger.child('settings'));
  settings.initializeFromSystem(options.system);
  // Every window hears which secrets are set after a change: what waits on a key (Go live, the
  // translation warning) asks again at once.
  const secrets = new SecretStore(db, options.encryptor, logger.child('secrets'), (status) =>
    events.emit('secrets:onChanged', status),
  );
  const scenes = new SceneStore(db, logger.child('scenes'));
  const catalog = new CatalogService(db, events, logger.child('catalog'));
  const media = new MediaLibrary(db, join(options.dataDir, 'media'), logger.child('media'));
  const screen = new ScreenCapture(options.screenSources, logger.child('screen'));
  const now = options.now ?? Date.now;
  const schedule = new ScheduleService({
    db,
    events,
    logger: logger.child('schedule'),
    hostTimeZone: () => settings.getAll().hostTimeZone,
    productNames: () => new Map(catalog.list().map((p) => [p.id, p.name])),
    teamCalendarUrl: () => secrets.get('teamCalendarUrl'),
    fetchCalendar: options.fetchCalendar ?? fetchCalendarText,
    now,
  });
  const reminders = new ReminderClock({
    schedule,
    logger: logger.child('reminders'),
    now,
    remind: (reminder) => {
      events.emit('schedule:onReminder', reminder);
      options.notify?.(reminder);
    },
  });
  schedule.onChange(() => reminders.reschedule());
  const teamCalendar = new TeamCalendarRefresher(schedule, logger.child('team-calendar'));
  const obs = new ObsController({
    events,
    preferences: new ObsPreferenceStore(db, logger.child('obs')),
    logger: logger.child('obs'),
    address: () => settings.getAll().obsAddress,
    password: () => secrets.get('obsPassword'),
  });

  const feeds = new FeedService({
    db,
    secrets,
    events,
    logger: logger.child('feeds'),
    ffmpegPath: resolveFfmpeg(options.resourcesDir),
    trustedOrigins: options.trustedOrigins,
  });

  const outputs = new OutputService({
    db,
    secrets,
    events,
    logger: logger.child('outputs'),
    ffmpegPath: resolveFfmpeg(options.resourcesDir),
    trustedOrigins: options.trustedOrigins,
    egress: {
      credentials: () => {
        const { livekitUrl, livekitApiKey, livekitAuth } = settings.getAll();
        const apiSecret = secrets.get('livekitApiSecret');
        return livekitAuth === 'apiKey' && livekitUrl && livekitApiKey && apiSecret
          ? { url: livekitUrl, apiKey: livekitApiKey, apiSecret }
          : undefined;
      },
      room: () => settings.getAll().livekitRoom,
    },
    now: options.now,
  });

  const recordings = new BackupRecordings(join(options.dataDir, 'recordings'), logger.child('recording'));

  const credentials = new LiveCredentials({
    settings: () => settings.getAll(),
    apiSecret: () => secrets.get('livekitApiSecret'),
    endpointKey: () => secrets.get('livekitTokenEndpointKey'),
  });
  const viewerIdentities = new ViewerIdentities(secrets);
  const viewerPage = new ViewerPageServer({
    rendererDir: options.rendererDir,
    credentials: (request) => credentials.create(request),
    identityFor: (browserKey) => viewerIdentities.identityFor(browserKey),
    logger: logger.child('viewer-page'),
    devServerOrigin: options.devServerOrigin,
  });

  const translator = translatorFromSettings(
    db,
    logger.child('translate'),
    () => settings.getAll(),
    () => secrets.get('translationApiKey'),
  );
  // Questions come in the language the host reads them in: the UI's (zh-CN reads Chinese, pt-BR
  // Portuguese), or the one chosen for questions (English, where only English is covered).
  const hostLanguage = (): string => {
    const { language, questionLanguage } = settings.getAll();
    return questionLanguage === 'ui' ? (language.split('-')[0] ?? 'en') : questionLanguage;
  };
  const shows = new ShowRecorder({
    db,
    events,
    logger: logger.child('shows'),
    hostLanguage,
    timeZone: () => settings.getAll().hostTimeZone,
    // Named after the session it belongs to: on now, or starting within half an hour.
    sessionTitle: () => {
      const at = now();
      const session = schedule
        .state()
        .sessions.find((s) => s.start - 30 * 60_000 <= at && at < sessionEnd(s));
      return session?.title ?? '';
    },
    now: options.now,
    onFlush: options.onShowEventsFlush,
  });
  const chat = createChatSupervisor({
    db,
    events,
    settings,
    secrets,
    comments: () => comments,
    endpoints: options.chatEndpoints ?? platformEndpoints,
    openExternal: options.openExternal,
    logger: logger.child('chat'),
    now,
  });
  const comments = new CommentService({
    db,
    platformReply: (comment, text, toEveryone) => chat.reply(comment, text, toEveryone),
    counter: shows,
    events,
    logger: logger.child('comments'),
    translator,
    hostLanguage,
    blocklist: () => settings.getAll().commentBlocklist,
    product: (id) => catalog.list().find((p) => p.id === id),
    draftModel: () => {
      const { translationProvider, translationUrl, translationModel } = settings.getAll();
      return translationProvider === 'openai'
        ? {
            baseUrl: translationUrl || 'https://api.openai.com/v1',
            apiKey: secrets.get('translationApiKey'),
            model: translationModel || 'gpt-4o-mini',
          }
        : undefined;
    },
    now: options.now,
  });

  const rendererLog = new RendererLog(logger.child('renderer'), now);
  const polls = new PollService(db, events, options.now);
  const ingestServer = new CommentIngestServer((c) => comments.ingest(c), logger.child('comment-ingest'));
  // Typed as every channel there is: a channel without a handler does not compile.
  router.handleAll({
    ...appHandlers({
      app: options.app,
      secretsEncrypted: secrets.encrypted,
      systemNotifications: options.notify !== undefined,
    }),
    ...settingsHandlers(settings),
    ...secretHandlers(secrets),
    ...logHandlers(rendererLog),
    ...shellHandlers(options.openExternal),
    ...sceneHandlers(scenes),
    ...catalogHandlers(catalog),
    ...mediaHandlers(media),
    ...captureHandlers(screen),
    ...scheduleHandlers(schedule),
    ...obsHandlers(obs),
    ...feedHandlers(feeds),
    ...recordingHandlers(recordings),
    ...liveHandlers({ settings, secrets, credentials, viewerPage }),
    ...commentHandlers({ comments, ingestServer, db }),
    ...pollHandlers(polls, shows),
    ...chatHandlers(chat),
    ...outputHandlers(outputs),
    ...analyticsHandlers({ recorder: shows, reports: new ShowReports(db, () => shows.flush()), polls }),
    ...translationHandlers({ settings, translator, hostLanguage }),
  });

  return {
    router,
    events,
    db,
    settings,
    secrets,
    scenes,
    catalog,
    media,
    screen,
    schedule,
    obs,
    feeds,
    recordings,
    viewerPage,
    comments,
    polls,
    shows,
    chat,
    outputs,
    start: () => {
      chat.start();
      reminders.start();
      teamCalendar.start();
      obs.start();
    },
    close: () => {
      // Sends every ffmpeg its SIGTERM now; the processes finish on their own.
      void feeds.close();
      void outputs.close();
      recordings.closeAll();
      chat.close();
      comments.close();
      viewerPage.close();
      ingestServer.close();
      obs.close();
      shows.close(polls.get());
      reminders.stop();
      teamCalendar.stop();
      db.close();
    },
  };
}
