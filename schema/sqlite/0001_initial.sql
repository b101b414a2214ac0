-- claimkb store, version 1. Applied by Store::Open inside one transaction
-- together with `PRAGMA user_version = 1`; see schema/README.md.
--
-- Deleting an episode removes everything under it: every child table points
-- at its parent with ON DELETE CASCADE (foreign_keys is ON on every
-- connection). Speakers and entities are shared between episodes and stay.

-- Key/value pairs about the whole database. 'generation' is bumped by every
-- committed write so the derived Xapian index can tell whether it is stale.
CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta (key, value) VALUES ('generation', '0');

CREATE TABLE episode (
  id              INTEGER PRIMARY KEY,
  slug            TEXT NOT NULL UNIQUE,   -- File stem at first ingest, made unique.
  key             TEXT NOT NULL UNIQUE,   -- Canonical URL, else 'sha:' || content_hash.
  title           TEXT NOT NULL,
  url             TEXT NOT NULL DEFAULT '',
  date            TEXT NOT NULL DEFAULT '',  -- YYYY-MM-DD or ''.
  duration_s      INTEGER NOT NULL DEFAULT -1,
  path            TEXT NOT NULL,          -- Source file of the kept digest.
  content_hash    TEXT NOT NULL,
  line_count      INTEGER NOT NULL DEFAULT 0,
  listed_speakers TEXT NOT NULL DEFAULT '[]',  -- JSON array, as listed in the cover.
  ingested_at     TEXT NOT NULL           -- UTC, ISO 8601.
);
CREATE INDEX episode_by_date ON episode (date, slug);
CREATE INDEX episode_by_path ON episode (path);

CREATE TABLE section (
  id         INTEGER PRIMARY KEY,
  episode_id INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,            -- Index in Episode::sections.
  kind       TEXT NOT NULL CHECK (kind IN ('summary', 'fulltext', 'other')),
  title      TEXT NOT NULL,
  line       INTEGER NOT NULL,
  level      INTEGER NOT NULL,
  start_s    INTEGER,                     -- NULL when the heading has no range.
  end_s      INTEGER,
  UNIQUE (episode_id, ordinal)
);

CREATE TABLE speaker (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE               -- Canonical display name.
);

-- Every other spelling of a speaker: as written in digests, or listed in the
-- lexicon's person entry.
CREATE TABLE speaker_alias (
  speaker_id INTEGER NOT NULL REFERENCES speaker (id) ON DELETE CASCADE,
  alias      TEXT NOT NULL UNIQUE
);
CREATE INDEX speaker_alias_by_speaker ON speaker_alias (speaker_id);

CREATE TABLE turn (
  id           INTEGER PRIMARY KEY,
  section_id   INTEGER NOT NULL REFERENCES section (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,          -- Index in Section::turns.
  speaker      TEXT NOT NULL DEFAULT '',  -- Name as written, kept to rebuild the Episode.
  speaker_id   INTEGER REFERENCES speaker (id) ON DELETE SET NULL,  -- NULL: nobody named.
  speaker_note TEXT NOT NULL DEFAULT '',
  line         INTEGER NOT NULL,
  start_s      INTEGER,
  end_s        INTEGER,
  UNIQUE (section_id, ordinal)
);
CREATE INDEX turn_by_speaker ON turn (speaker_id);

CREATE TABLE paragraph (
  id         INTEGER PRIMARY KEY,
  turn_id    INTEGER NOT NULL REFERENCES turn (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,            -- Index in Turn::paragraphs.
  line       INTEGER NOT NULL,
  text       TEXT NOT NULL,
  plain      TEXT NOT NULL,
  bullet     INTEGER NOT NULL CHECK (bullet IN (0, 1)),
  depth      INTEGER NOT NULL DEFAULT 0,
  highlights TEXT NOT NULL DEFAULT '[]',  -- JSON array of strings.
  UNIQUE (turn_id, ordinal)
);

CREATE TABLE entity (
  id        TEXT PRIMARY KEY,             -- Lexicon id, e.g. 'gemini-3-pro'.
  kind      TEXT NOT NULL CHECK (kind IN ('model', 'benchmark', 'org', 'product',
                                          'technique', 'topic', 'person')),
  name      TEXT NOT NULL,                -- The id itself when the lexicon does not know it.
  parent_id TEXT NOT NULL DEFAULT '',
  family    TEXT NOT NULL DEFAULT '',
  version   TEXT NOT NULL DEFAULT '',
  variant   TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX entity_by_kind ON entity (kind);

CREATE TABLE entity_alias (
  entity_id TEXT NOT NULL REFERENCES entity (id) ON DELETE CASCADE,
  surface   TEXT NOT NULL,
  source    TEXT NOT NULL CHECK (source IN ('lexicon', 'asr', 'learned')),
  PRIMARY KEY (entity_id, surface)
) WITHOUT ROWID;

CREATE TABLE claim (
  id                INTEGER PRIMARY KEY,  -- Row id; the citable id is '<slug>#<ordinal>'.
  episode_id        INTEGER NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
  ordinal           INTEGER NOT NULL,
  text              TEXT NOT NULL,
  speaker           TEXT NOT NULL DEFAULT '',  -- As written; '' for the editor.
  speaker_id        INTEGER REFERENCES speaker (id) ON DELETE SET NULL,  -- NULL for the editor.
  by_editor         INTEGER NOT NULL CHECK (by_editor IN (0, 1)),
  section_ordinal   INTEGER NOT NULL,
  turn_ordinal      INTEGER NOT NULL,
  paragraph_ordinal INTEGER NOT NULL,
  line              INTEGER NOT NULL,
  span_begin        INTEGER NOT NULL,
  span_end          INTEGER NOT NULL CHECK (span_end >= span_begin),
  start_s           INTEGER,
  end_s             INTEGER,
  at_s              INTEGER,
  stance            TEXT NOT NULL CHECK (stance IN ('neutral', 'positive', 'negative', 'mixed')),
  modality          TEXT NOT NULL CHECK (modality IN ('opinion', 'firsthand', 'reported',
                                                      'speculative')),
  highlighted       INTEGER NOT NULL CHECK (highlighted IN (0, 1)),
  UNIQUE (episode_id, ordinal)
);
CREATE INDEX claim_by_speaker ON claim (speaker_id);
CREATE INDEX claim_by_stance ON claim (stance);

CREATE TABLE claim_entity (
  claim_id   INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  entity_id  TEXT NOT NULL REFERENCES entity (id),
  role       TEXT NOT NULL CHECK (role IN ('subject', 'object', 'mentioned')),
  inferred   INTEGER NOT NULL CHECK (inferred IN (0, 1)),
  surface    TEXT NOT NULL DEFAULT '',
  confidence REAL NOT NULL DEFAULT 1.0,
  stance     TEXT NOT NULL CHECK (stance IN ('neutral', 'positive', 'negative', 'mixed'))
);
CREATE INDEX claim_entity_by_entity ON claim_entity (entity_id, claim_id);
CREATE INDEX claim_entity_by_claim ON claim_entity (claim_id);

-- A rowid table (not WITHOUT ROWID) so that topics read back in the order
-- the extractor gave them.
CREATE TABLE claim_topic (
  claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  topic    TEXT NOT NULL,
  PRIMARY KEY (claim_id, topic)
);
CREATE INDEX claim_topic_by_topic ON claim_topic (topic, claim_id);

CREATE TABLE benchmark_result (
  id           INTEGER PRIMARY KEY,
  claim_id     INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  ordinal      INTEGER NOT NULL,          -- Index in Claim::results.
  model_id     TEXT NOT NULL DEFAULT '',
  benchmark_id TEXT NOT NULL,
  low          REAL NOT NULL,
  high         REAL NOT NULL,
  unit         TEXT NOT NULL DEFAULT '',
  qualifier    TEXT NOT NULL DEFAULT '',
  surface      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX benchmark_result_by_benchmark ON benchmark_result (benchmark_id);
CREATE INDEX benchmark_result_by_model ON benchmark_result (model_id);
CREATE INDEX benchmark_result_by_claim ON benchmark_result (claim_id);

-- Relations between claims. 'summarises' edges go from an editor claim to the
-- full-text claim it summarises; 'auto' edges are recomputed on re-ingest,
-- 'user' edges are carried over by (slug, ordinal).
CREATE TABLE edge (
  id         INTEGER PRIMARY KEY,
  src        INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  dst        INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('is_a', 'same_person', 'supports', 'contradicts',
                                           'summarises')),
  evidence   TEXT NOT NULL DEFAULT '',
  decided_by TEXT NOT NULL CHECK (decided_by IN ('user', 'auto')),
  UNIQUE (src, dst, kind)
);
CREATE INDEX edge_by_dst ON edge (dst);
