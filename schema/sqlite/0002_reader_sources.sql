-- claimkb store, version 2: what the format-general reader (issue 7) finds
-- below the turn. Applied by Store::Open inside one transaction together
-- with `PRAGMA user_version = 2`.

-- A paragraph that names its own moment: a transcript line's "[00:00:07]", a
-- summary point's trailing stamp, or the moments its citation field lists.
-- NULL when the paragraph takes its turn's or section's range.
ALTER TABLE paragraph ADD COLUMN start_s INTEGER;
ALTER TABLE paragraph ADD COLUMN end_s INTEGER;
-- The person a paragraph reports ("**Sholto**认为…"); '' when it is the turn's.
ALTER TABLE paragraph ADD COLUMN reported_speaker TEXT NOT NULL DEFAULT '';
-- The same words in the other language, when the digest gives both.
ALTER TABLE paragraph ADD COLUMN translation TEXT NOT NULL DEFAULT '';

-- Spoken by someone the file does not name (a raw transcript): such a turn's
-- claims are nobody's, not the editor's.
ALTER TABLE turn ADD COLUMN spoken INTEGER NOT NULL DEFAULT 0 CHECK (spoken IN (0, 1));

-- One episode, several sources: a digest, its structured dialogue and its raw
-- transcript of the same episode are stored one row per file (each keeps its
-- own claims, lines and path) and share a work_key, the episode's canonical
-- URL or 'sha:' || content_hash. `key` stays unique per row.
ALTER TABLE episode ADD COLUMN work_key TEXT NOT NULL DEFAULT '';
UPDATE episode SET work_key = key;
CREATE INDEX episode_by_work_key ON episode (work_key, path);
