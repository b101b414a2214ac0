-- claimkb store, version 5: each claim's place in the link step's walks
-- (issue 12: an incremental add in proportion to the write). Applied by
-- Store::Open inside one transaction together with `PRAGMA user_version = 5`.
--
-- The link step pairs each new claim with the best few claims of a stance
-- target, walking that target's claims in the order of one factor per claim
-- (query/src/contradictions.cc `factor`, query/src/stance_edges.cc
-- SupportFactor). A stored claim's factor on a target depends on the claim
-- and its own episode's claims only, so it is kept here when the claim is
-- linked, and the next write reads the head of each walk from the index
-- below instead of every claim on the target.
--
-- walk: 0/1 the contradiction walk of positive/negative uses of the target,
-- 2/3 the support walk of positive/negative uses. ref is the citable claim
-- id ('<slug>#<ordinal>'), the walk's tie-break. The rows go with their
-- claim (ON DELETE CASCADE); meta 'stance_walks_generation' records the
-- generation they are complete for (-1: not complete), as edges do.
CREATE TABLE stance_key (
  id  INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE  -- StanceTarget::Key(): entity id, 0x1f, topic id.
);
CREATE TABLE stance_walk (
  claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  key_id   INTEGER NOT NULL REFERENCES stance_key (id),
  walk     INTEGER NOT NULL CHECK (walk IN (0, 1, 2, 3)),
  factor   REAL NOT NULL,
  ref      TEXT NOT NULL
);
CREATE INDEX stance_walk_order ON stance_walk (key_id, walk, factor DESC, ref);
CREATE INDEX stance_walk_by_claim ON stance_walk (claim_id);
INSERT INTO meta (key, value) VALUES ('stance_walks_generation', '-1');
