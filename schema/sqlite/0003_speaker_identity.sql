-- claimkb store, version 3: what speaker identity (issue 10, item 4) needs.
-- Applied by Store::Open inside one transaction together with
-- `PRAGMA user_version = 3`.

-- The people the cover names as hosts ("主持人：张小珺", `host:`), a JSON
-- array; they are also in listed_speakers. A turn labelled with a role word
-- (主持人, Host) is bound to the host when the cover names exactly one.
ALTER TABLE episode ADD COLUMN hosts TEXT NOT NULL DEFAULT '[]';

-- The user's word on who is who, from `claimkb speakers merge A B` (verdict
-- 'same') and `claimkb speakers split A` (verdict 'apart', other = ''). Kept
-- by name, not by speaker row, so that it survives re-ingest, re-extraction
-- and the merging of rows that a lexicon change brings; a later decision
-- overrides an earlier one on the same names.
CREATE TABLE speaker_decision (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  other      TEXT NOT NULL DEFAULT '',
  verdict    TEXT NOT NULL CHECK (verdict IN ('same', 'apart')),
  decided_at TEXT NOT NULL               -- UTC, ISO 8601.
);
