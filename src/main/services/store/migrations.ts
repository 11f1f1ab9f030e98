import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1, 2, 3, ...: kept in SQLite's `user_version`. Never renumber or edit a released one. */
  version: number;
  name: string;
  up(db: Database): void;
}

/**
 * The schema's history. Append a migration for every change; tests run the whole
 * list from empty and from every earlier version.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'settings',
    up: (db) =>
      db.exec(`
        CREATE TABLE settings (
          key        TEXT PRIMARY KEY,
          value      TEXT NOT NULL,            -- JSON
          updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;
      `),
  },
  {
    version: 2,
    name: 'secrets',
    up: (db) =>
      db.exec(`
        CREATE TABLE secrets (
          name       TEXT PRIMARY KEY,
          value      BLOB NOT NULL,
          encrypted  INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
          updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;
      `),
  },
  {
    version: 3,
    name: 'scenes',
    up: (db) =>
      db.exec(`
        -- The whole scene collection as one validated JSON document: scenes are
        -- edited together, saved together and undone together.
        CREATE TABLE scene_collection (
          id         INTEGER PRIMARY KEY CHECK (id = 1),
          document   TEXT NOT NULL,
          updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;
      `),
  },
  {
    version: 4,
    name: 'catalog',
    up: (db) =>
      db.exec(`
        CREATE TABLE products (
          id          TEXT PRIMARY KEY,
          name        TEXT NOT NULL,
          description TEXT NOT NULL,
          updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;
        CREATE TABLE product_variants (
          product_id        TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
          market            TEXT NOT NULL,
          price             REAL NOT NULL,
          currency          TEXT NOT NULL,
          shipping_days_min INTEGER NOT NULL,
          shipping_days_max INTEGER NOT NULL,
          return_days       INTEGER NOT NULL,
          warranty_months   INTEGER NOT NULL,
          certifications    TEXT NOT NULL,   -- JSON array
          product_url       TEXT NOT NULL,
          PRIMARY KEY (product_id, market)
        ) STRICT;
      `),
  },
  {
    version: 5,
    name: 'media',
    up: (db) =>
      db.exec(`
        -- The files themselves live in <user data>/media/<id>; the id carries the extension.
        CREATE TABLE media_assets (
          id         TEXT PRIMARY KEY,
          name       TEXT NOT NULL,
          kind       TEXT NOT NULL CHECK (kind IN ('image', 'video')),
          size       INTEGER NOT NULL,
          created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        ) STRICT;
      `),
  },
  {
    version: 6,
    name: 'product images',
    up: (db) =>
      db.exec(`ALTER TABLE products ADD COLUMN image_ids TEXT NOT NULL DEFAULT '[]';  -- JSON array`),
  },
  {
    version: 7,
    name: 'schedule',
    up: (db) =>
      db.exec(`
        CREATE TABLE sessions (
          id          TEXT PRIMARY KEY,
          start       INTEGER NOT NULL,   -- epoch ms, also inside document
          document    TEXT NOT NULL,      -- JSON Session
          reminded_at INTEGER             -- epoch ms the reminder went out, so it goes out once
        ) STRICT;
        CREATE INDEX sessions_by_start ON sessions (start);
        -- Only markets the host edited; the others use the shipped defaults.
        CREATE TABLE market_peaks (
          market  TEXT PRIMARY KEY,
          windows TEXT NOT NULL           -- JSON PeakWindow[]
        ) STRICT;
        CREATE TABLE host_availability (
          id       INTEGER PRIMARY KEY CHECK (id = 1),
          document TEXT NOT NULL          -- JSON HostAvailability
        ) STRICT;
        -- The team calendar as last read, so it shows while offline.
        CREATE TABLE team_calendar (
          id         INTEGER PRIMARY KEY CHECK (id = 1),
          events     TEXT NOT NULL,       -- JSON BusyEvent[]
          fetched_at INTEGER NOT NULL
        ) STRICT;
      `),
  },
  {
    version: 8,
    name: 'obs preferences',
    up: (db) =>
      db.exec(`
        CREATE TABLE obs_preferences (
          id       INTEGER PRIMARY KEY CHECK (id = 1),
          document TEXT NOT NULL   -- JSON: whether to connect, pinned scenes, studio-to-OBS scene links
        ) STRICT;
      `),
  },
  {
    version: 9,
    name: 'network feeds',
    up: (db) =>
      db.exec(`
        -- Passwords are not here: each is a secret named feedPassword:<id>.
        CREATE TABLE network_feeds (
          id       TEXT PRIMARY KEY,
          document TEXT NOT NULL   -- JSON Feed
        ) STRICT;
      `),
  },
  {
    version: 10,
    name: 'comments and translations',
    up: (db) =>
      db.exec(`
        CREATE TABLE comments (
          id       TEXT PRIMARY KEY,
          at       INTEGER NOT NULL,   -- epoch ms of arrival
          document TEXT NOT NULL       -- JSON Comment
        ) STRICT;
        CREATE INDEX comments_at ON comments (at);
        CREATE TABLE comment_replies (
          id         INTEGER PRIMARY KEY,
          comment_id TEXT NOT NULL REFERENCES comments (id),
          at         INTEGER NOT NULL,
          text       TEXT NOT NULL,   -- as the host wrote it
          sent       TEXT NOT NULL,   -- as the viewer reads it
          language   TEXT NOT NULL,
          recipient  TEXT             -- a viewer's identity, NULL for everyone
        ) STRICT;
        -- Machine translations, so a repeated question costs nothing the second time.
        CREATE TABLE translation_cache (
          provider    TEXT NOT NULL,
          source      TEXT NOT NULL,
          target      TEXT NOT NULL,
          text        TEXT NOT NULL,
          translation TEXT NOT NULL,
          PRIMARY KEY (provider, source, target, text)
        ) STRICT, WITHOUT ROWID;
      `),
  },
  {
    version: 11,
    name: 'polls',
    up: (db) =>
      db.exec(`
        CREATE TABLE polls (
          id       TEXT PRIMARY KEY,
          at       INTEGER NOT NULL,
          document TEXT NOT NULL      -- JSON Poll (question, options, open)
        ) STRICT;
        CREATE TABLE poll_votes (
          poll_id TEXT NOT NULL REFERENCES polls (id),
          voter   TEXT NOT NULL,      -- the viewer's identity: one vote each
          option  INTEGER NOT NULL,
          at      INTEGER NOT NULL,
          PRIMARY KEY (poll_id, voter)
        ) STRICT;
      `),
  },
  {
    version: 12,
    name: 'banned viewers',
    up: (db) =>
      db.exec(`
        -- A ban outlives the show and the studio: a viewer page identity or a platform's author id.
        CREATE TABLE banned_authors (
          author_id TEXT PRIMARY KEY,
          name      TEXT NOT NULL,    -- as shown when banned, for the list of bans
          at        INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
      `),
  },
  {
    version: 13,
    name: 'show analytics',
    up: (db) =>
      db.exec(`
        CREATE TABLE shows (
          id            INTEGER PRIMARY KEY,
          title         TEXT NOT NULL,
          started_at    INTEGER NOT NULL,
          ended_at      INTEGER,            -- NULL while on air
          recovered     INTEGER NOT NULL DEFAULT 0,  -- ended by the next start after a kill or crash
          time_zone     TEXT NOT NULL,
          host_language TEXT NOT NULL
        ) STRICT;
        -- What each show counted, one row per event (shared/analytics/showEvents.ts), written in
        -- batches; reports are summed from these rows, never kept as totals.
        CREATE TABLE show_events (
          show_id INTEGER NOT NULL REFERENCES shows (id) ON DELETE CASCADE,
          at      INTEGER NOT NULL,
          kind    TEXT NOT NULL,
          market  TEXT,
          subject TEXT,
          detail  TEXT,
          value   REAL
        ) STRICT;
        CREATE INDEX show_events_by_kind ON show_events (show_id, kind, at);
      `),
  },
  {
    version: 14,
    name: 'platform chat',
    up: (db) =>
      db.exec(`
        -- "<source>:<the platform's message id>": a message a platform sends again (a resume, a
        -- reconnect, a redelivery) is refused by the index, never stored or shown twice.
        ALTER TABLE comments ADD COLUMN platform_message_id TEXT;
        CREATE UNIQUE INDEX comments_by_platform_message ON comments (platform_message_id)
          WHERE platform_message_id IS NOT NULL;
        -- Where each platform's chat was read up to (YouTube's page token, Facebook's last comment),
        -- so a reconnect or a restart goes on from there.
        CREATE TABLE chat_cursors (
          platform   TEXT PRIMARY KEY,
          chat_id    TEXT NOT NULL,   -- the chat the cursor belongs to: another chat starts afresh
          cursor     TEXT NOT NULL,
          updated_at INTEGER NOT NULL
        ) STRICT, WITHOUT ROWID;
        -- YouTube's daily quota units spent, per Pacific-time day (when Google resets it).
        CREATE TABLE chat_quota (
          platform TEXT NOT NULL,
          day      TEXT NOT NULL,     -- YYYY-MM-DD in America/Los_Angeles
          used     INTEGER NOT NULL,
          PRIMARY KEY (platform, day)
        ) STRICT, WITHOUT ROWID;
      `),
  },
  {
    version: 15,
    name: 'output destinations',
    up: (db) =>
      db.exec(`
        -- Where the show goes out besides the room: each an RTMP(S) or SRT destination, its
        -- stream key and SRT passphrase kept apart as secrets.
        CREATE TABLE output_destinations (
          id         TEXT PRIMARY KEY,
          document   TEXT NOT NULL,
          position   INTEGER NOT NULL
        ) STRICT;
      `),
  },
];
