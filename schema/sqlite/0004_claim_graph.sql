-- claimkb store, version 4: the claim graph's stored edges (issue 10).
-- Applied by Store::Open inside one transaction together with
-- `PRAGMA user_version = 4`.
--
-- The edge table gains the kind 'restates' (near-duplicate claims in two
-- sources of one episode) and a weight. SQLite cannot change a CHECK
-- constraint in place, so the table is rebuilt with its rows. Nothing
-- references `edge`, so dropping the old table is safe with foreign_keys on.
--
-- Which kinds are stored, and who writes them:
--   summarises   the editor's summary claim → the claim it covers; written
--                with the claims (Store::PutEpisode, ReplaceClaims).
--   restates     a claim ↔ its near-duplicate in another source of the same
--                episode (same work_key); written with the claims. One row
--                per pair, src = the claim of the source written later.
--   supports,    claims that take the same / opposite stance on one target;
--   contradicts  recomputed over the whole store by the link step
--                (claimkb/query/stance_edges.h), which records the store
--                generation they reflect in meta 'stance_edges_generation'.
--   is_a         kept in entity.parent_id, written with each entity row.
--   same_person  between speakers, not claims: fed by speaker identity
--                (claimkb/core/claim_graph.h SamePersonSource), not stored here.
-- Deleting or re-ingesting an episode deletes its claims, and ON DELETE
-- CASCADE takes every edge touching them; 'user' rows are carried over by
-- (episode, ordinal) as before.
CREATE TABLE edge_v4 (
  id         INTEGER PRIMARY KEY,
  src        INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  dst        INTEGER NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL CHECK (kind IN ('is_a', 'same_person', 'supports', 'contradicts',
                                           'summarises', 'restates')),
  evidence   TEXT NOT NULL DEFAULT '',
  -- How strong the link is, for ranking: a stance edge's score, a
  -- restatement's bigram Dice; 0 when not measured (summarises, user rows).
  weight     REAL NOT NULL DEFAULT 0,
  decided_by TEXT NOT NULL CHECK (decided_by IN ('user', 'auto')),
  UNIQUE (src, dst, kind)
);
INSERT INTO edge_v4 (id, src, dst, kind, evidence, decided_by)
  SELECT id, src, dst, kind, evidence, decided_by FROM edge;
DROP TABLE edge;
ALTER TABLE edge_v4 RENAME TO edge;
CREATE INDEX edge_by_dst ON edge (dst);
CREATE INDEX edge_by_kind ON edge (kind, src);

-- The generation (meta 'generation') the stored supports/contradicts edges
-- were computed at; -1 = never. Readers use them only when it equals the
-- current generation and recompute them otherwise.
INSERT INTO meta (key, value) VALUES ('stance_edges_generation', '-1');
