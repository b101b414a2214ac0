-- claimkb store, version 6: the walks without a second copy of each claim's
-- citable id (issue 12, a leaner store). Applied by Store::Open inside one
-- transaction together with `PRAGMA user_version = 6`.
--
-- Version 5 kept the citable id ('<slug>#<ordinal>', the walk's tie-break)
-- in every stance_walk row and again in the order index: 24 bytes twice per
-- row, half of the walks' 39 MB at 1,000 episodes. The id is the claim's
-- episode slug and ordinal, so Store::StanceWalkHead now forms it from the
-- claim and episode rows and breaks ties of factor with it as before: the
-- index gives the factor order, and SQLite sorts each run of one factor by
-- the formed id until the head is full. The rows keep their order (rowid)
-- and their claim, key, walk and factor; meta 'stance_walks_generation' is
-- unchanged, so stores linked at version 5 stay current.
CREATE TABLE stance_walk_v6 (
  claim_id INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  key_id   INTEGER NOT NULL REFERENCES stance_key (id),
  walk     INTEGER NOT NULL CHECK (walk IN (0, 1, 2, 3)),
  factor   REAL NOT NULL
);
INSERT INTO stance_walk_v6 (rowid, claim_id, key_id, walk, factor)
  SELECT rowid, claim_id, key_id, walk, factor FROM stance_walk ORDER BY rowid;
DROP TABLE stance_walk;
ALTER TABLE stance_walk_v6 RENAME TO stance_walk;
CREATE INDEX stance_walk_order ON stance_walk (key_id, walk, factor DESC);
CREATE INDEX stance_walk_by_claim ON stance_walk (claim_id);
