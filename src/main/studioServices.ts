import { join } from 'node:path';
import { StudioError } from '../shared/ipc/errors';
import { EventHub } from './ipc/eventHub';
import { IpcRouter } from './ipc/router';
import { createSenderCheck } from './ipc/senderCheck';
import type { Logger } from './logging/logger';
import { RendererLog } from './logging/rendererLog';
import { isSafeExternalUrl } from './security/externalUrls';
import { ScreenCapture, type ScreenSourceProvider } from './services/capture/screenCapture';
import { CatalogService } from './services/catalog/catalogService';
import { MediaLibrary } from './services/media/mediaLibrary';
import { SceneStore } from './services/scenes/sceneStore';
import { SecretStore, type Encryptor } from './services/secrets/secretStore';
import { SettingsService, type SystemPreferences } from './services/settings/settingsService';
import { openDatabase, type StudioDatabase } from './services/store/database';
import { FeedService } from './services/feeds/feedService';
import { randomBytes } from 'node:crypto';
import { testLiveConnection } from './services/live/connectionTest';
import { roomModeAttribute, roomModes } from '../shared/live/roomModes';
import { LiveCredentials } from './services/live/liveCredentials';
import { missingForLive } from '../shared/live/liveReadiness';
import { ViewerPageServer } from './services/live/viewerPageServer';
import { ViewerIdentities } from './services/live/viewerIdentities';
import { CommentService } from './services/comments/commentService';
import { PollService } from './services/comments/pollService';
import { CommentIngestServer } from './services/comments/commentIngestServer';
import { commentLogCsv } from './services/comments/commentLogCsv';
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
  /** Starts the timers (reminders, the team calendar), once windows can hear their events. */
  start(): void;
  close(): void;
}

/**
 * The composition root of main: builds every service from plain dependencies and
 * registers their IPC handlers. Electron's main (index.ts) and the e2e harness
 * both call this, so tests run the same services the app runs.
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
  const secrets = new SecretStore(db, options.encryptor, logger.child('secrets'));
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

  const comments = new CommentService({
    db,
    events,
    logger: logger.child('comments'),
    translator: translatorFromSettings(
      db,
      logger.child('translate'),
      () => settings.getAll(),
      () => secrets.get('translationApiKey'),
    ),
    // The UI language is the host's: zh-CN reads Chinese, pt-BR Portuguese.
    hostLanguage: () => settings.getAll().language.split('-')[0] ?? 'en',
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

  router.handle('app:getInfo', () => ({
    ...options.app,
    secretsEncrypted: secrets.encrypted,
    systemNotifications: options.notify !== undefined,
  }));
  router.handle('settings:getAll', () => settings.getAll());
  router.handle('settings:update', (patch) => settings.update(patch));
  router.handle('secrets:getStatus', () => secrets.status());
  router.handle('secrets:set', ({ name, value }) => secrets.set(name, value));
  router.handle('secrets:clear', ({ name }) => secrets.clear(name));
  const rendererLog = new RendererLog(logger.child('renderer'), now);
  router.handle('log:write', (line) => rendererLog.write(line));
  router.handle('shell:openExternal', async ({ url }) => {
    if (!isSafeExternalUrl(url))
      throw new StudioError('INVALID_PAYLOAD', 'Only http(s) links can be opened.');
    await options.openExternal(url);
  });
  router.handle('scenes:getCollection', () => scenes.load());
  router.handle('scenes:saveCollection', (collection) => scenes.save(collection));
  router.handle('catalog:listProducts', () => catalog.list());
  router.handle('catalog:saveProduct', (product) => catalog.save(product));
  router.handle('catalog:deleteProduct', ({ id }) => catalog.remove(id));
  router.handle('media:import', ({ name, mimeType, data }) => media.import(name, mimeType, data));
  router.handle('media:list', () => media.list());
  router.handle('media:read', ({ id }) => media.read(id));
  router.handle('media:delete', ({ id }) => media.delete(id));
  router.handle('capture:listScreenSources', () => screen.list());
  router.handle('capture:chooseScreenSource', (selection) => screen.choose(selection));
  router.handle('capture:openScreenAccessSettings', () => screen.openAccessSettings());
  router.handle('schedule:get', () => schedule.state());
  router.handle('schedule:saveSession', (session) => schedule.saveSession(session));
  router.handle('schedule:deleteSession', ({ id }) => schedule.deleteSession(id));
  router.handle('schedule:savePeaks', ({ market, windows }) => schedule.savePeaks(market, windows));
  router.handle('schedule:resetPeaks', ({ market }) => schedule.resetPeaks(market));
  router.handle('schedule:saveAvailability', (availability) => schedule.saveAvailability(availability));
  router.handle('schedule:exportIcs', () => ({ text: schedule.exportIcs() }));
  router.handle('schedule:importIcs', ({ text, defaultMarket, untitled }) =>
    schedule.importIcs(text, { defaultMarket, untitled }),
  );
  router.handle('schedule:refreshTeamCalendar', () => schedule.refreshTeamCalendar());
  router.handle('obs:getState', () => ({ state: obs.state(), stats: obs.stats() }));
  router.handle('obs:connect', () => obs.connect());
  router.handle('obs:disconnect', () => obs.disconnect());
  router.handle('obs:setProgramScene', ({ sceneName }) => obs.setProgramScene(sceneName));
  router.handle('obs:setPreviewScene', ({ sceneName }) => obs.setPreviewScene(sceneName));
  router.handle('obs:transitionToProgram', () => obs.transitionToProgram());
  router.handle('obs:setStudioMode', ({ enabled }) => obs.setStudioMode(enabled));
  router.handle('obs:setTransition', ({ name, durationMs }) => obs.setTransition(name, durationMs));
  router.handle('obs:setStreaming', ({ on }) => obs.setStreaming(on));
  router.handle('obs:setRecording', ({ on }) => obs.setRecording(on));
  router.handle('obs:setPins', ({ pins }) => obs.setPins(pins));
  router.handle('obs:linkScene', ({ studioSceneId, obsScene }) => obs.linkScene(studioSceneId, obsScene));
  router.handle('feeds:list', () => feeds.list());
  router.handle('feeds:save', ({ feed, password }) => feeds.save(feed, password));
  router.handle('feeds:delete', ({ feedId }) => feeds.delete(feedId));
  router.handle('feeds:open', ({ feedId }) => feeds.open(feedId));
  router.handle('feeds:reconnect', ({ feedId }) => feeds.reconnect(feedId));
  router.handle('feeds:getStatuses', () => feeds.statuses());
  router.handle('live:createToken', (request) => {
    // The room mode is main's to say (a setting), not the page's: viewer pages read it from the
    // studio's attributes, and the studio's token sets the room's playout delay for it.
    const mode = request.role === 'host' ? settings.getAll().liveRoomMode : undefined;
    return credentials.create({
      ...request,
      attributes: mode ? { [roomModeAttribute]: mode } : undefined,
      playoutDelayMs: mode ? roomModes[mode].playoutDelayMs : undefined,
    });
  });
  router.handle('live:readiness', () => ({
    missing: missingForLive(settings.getAll(), secrets.status().livekitApiSecret),
  }));
  router.handle('live:testConnection', async () =>
    testLiveConnection(await credentials.create({ identity: 'crosslive-connection-test', role: 'host' })),
  );
  router.handle('live:getViewerPage', async () => ({ url: await viewerPage.url() }));
  router.handle('live:createInvite', async ({ name }) => {
    const join = await credentials.create({
      identity: `guest-${randomBytes(4).toString('hex')}`,
      name,
      role: 'guest',
    });
    // In the fragment: never sent to a server, never in its logs.
    const fragment = new URLSearchParams({ server: join.serverUrl, invite: join.token });
    return { url: `${await viewerPage.url()}#${fragment.toString()}` };
  });
  const polls = new PollService(db, events, options.now);
  router.handle('polls:get', () => polls.get());
  router.handle('polls:create', ({ question, options: choices }) => polls.create(question, choices));
  router.handle('polls:vote', ({ pollId, voter, option }) => polls.vote(pollId, voter, option));
  router.handle('polls:close', () => polls.close());
  router.handle('polls:clear', () => polls.clear());
  const ingestServer = new CommentIngestServer((c) => comments.ingest(c), logger.child('comment-ingest'));
  router.handle('comments:exportCsv', () => ({ text: commentLogCsv(db) }));
  router.handle('comments:getIngest', () => ingestServer.address());
  router.handle('comments:list', () => comments.list());
  router.handle('comments:ingest', (incoming) => comments.ingest(incoming) ?? null);
  router.handle('comments:setAnswered', ({ id, answered }) => comments.setAnswered(id, answered));
  router.handle('comments:hide', ({ id }) => comments.hide(id));
  router.handle('comments:ban', ({ authorId }) => comments.ban(authorId));
  router.handle('comments:reply', ({ commentId, text, toEveryone, language }) =>
    comments.reply(commentId, text, toEveryone, language),
  );
  router.handle('comments:draft', ({ commentId, productId }) => comments.draft(commentId, productId));
  router.handle('recording:start', ({ mimeType }) => recordings.start(mimeType));
  router.handle('recording:append', ({ id, sequence, data }) => recordings.append(id, sequence, data));
  router.handle('recording:finish', ({ id }) => recordings.finish(id));

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
    start: () => {
      reminders.start();
      teamCalendar.start();
      obs.start();
    },
    close: () => {
      // Sends every ffmpeg its SIGTERM now; the processes finish on their own.
      void feeds.close();
      recordings.closeAll();
      comments.close();
      viewerPage.close();
      ingestServer.close();
      obs.close();
      reminders.stop();
      teamCalendar.stop();
      db.close();
    },
  };
}
