-- claimkb store, version 6: a leaner store (issue 12). Applied by Store::Open
-- inside one transaction together with `PRAGMA user_version = 6`. The walks
-- lose their copy of each claim's citable id; edges keep their kind as a code
-- and a measured edge's evidence as a shared label. Every read gives what
-- version 5 gave.
--
-- Walks. Version 5 kept the citable id ('<slug>#<ordinal>', the walk's tie-break)
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

-- Edges. Version 4's row spelled its kind ('contradicts', in the row and in
-- two indexes) and who decided it ('auto'), and a stance edge's evidence,
-- "<target> score <weight>", repeated a few hundred target labels over every
-- edge: at 1,000 episodes a third of the edge table and its indexes.
--
-- kind: 1 is_a, 2 same_person, 3 supports, 4 contradicts, 5 summarises,
-- 6 restates (core/src/edge_row.cc). by_user: 1 for a user's edge (kept over
-- re-ingest), 0 for a computed one.
-- label_id: set on computed edges whose evidence reads "<label> <weight to
-- two places>" ("agents score 2.00", "bigram dice 0.91"); the evidence is
-- then formed on read from the label and the weight, and `evidence` is ''.
-- NULL: `evidence` holds the text as written (a user's edge, '' for
-- summarises). Labels are few and are never deleted.
CREATE TABLE edge_label (
  id   INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE
);
-- The label of each computed edge whose evidence SQLite's printf writes the
-- same way as claimkb wrote it (fmt "{:.2f}"); where the two round a weight
-- differently (1.225), the row keeps its text.
INSERT OR IGNORE INTO edge_label (text)
  SELECT substr(evidence, 1, length(evidence) - length(printf(' %.2f', weight))) FROM edge
  WHERE decided_by = 'auto' AND length(evidence) > length(printf(' %.2f', weight))
    AND substr(evidence, length(evidence) - length(printf(' %.2f', weight)) + 1)
        = printf(' %.2f', weight)
  ORDER BY id;
CREATE TABLE edge_v6 (
  id       INTEGER PRIMARY KEY,
  src      INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  dst      INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  kind     INTEGER NOT NULL CHECK (kind BETWEEN 1 AND 6),
  label_id INTEGER REFERENCES edge_label (id),
  evidence TEXT NOT NULL DEFAULT '',
  weight   REAL NOT NULL DEFAULT 0,
  by_user  INTEGER NOT NULL DEFAULT 0 CHECK (by_user IN (0, 1)),
  UNIQUE (src, dst, kind)
);
INSERT INTO edge_v6 (id, src, dst, kind, label_id, evidence, weight, by_user)
  SELECT g.id, g.src, g.dst,
         CASE g.kind WHEN 'is_a' THEN 1 WHEN 'same_person' THEN 2 WHEN 'supports' THEN 3
                     WHEN 'contradicts' THEN 4 WHEN 'summarises' THEN 5 WHEN 'restates' THEN 6
         END,
         l.id, CASE WHEN l.id IS NULL THEN g.evidence ELSE '' END, g.weight,
         g.decided_by = 'user'
  FROM edge g LEFT JOIN edge_label l
    ON g.decided_by = 'auto' AND length(g.evidence) > length(printf(' %.2f', g.weight))
   AND l.text = substr(g.evidence, 1, length(g.evidence) - length(printf(' %.2f', g.weight)))
   AND substr(g.evidence, length(g.evidence) - length(printf(' %.2f', g.weight)) + 1)
       = printf(' %.2f', g.weight)
  ORDER BY g.id;
DROP TABLE edge;
ALTER TABLE edge_v6 RENAME TO edge;
CREATE INDEX edge_by_dst ON edge (dst);
CREATE INDEX edge_by_kind ON edge (kind, src);
