-- claimkb store, version 7: each text stored once (issue 12). Applied by
-- Store::Open inside one transaction together with `PRAGMA user_version = 7`.
--
-- A claim is a byte span [span_begin, span_end) of its paragraph's `plain`
-- (ClaimExtractor cuts it there), and version 6 kept that span's text again in
-- claim.text: at 1,000 episodes 13.8 MB of the claim table's 23.4. claim.text
-- is now NULL when it equals that span of the stored paragraph, and the reads
-- form it from the paragraph:
--   CAST(substr(CAST(plain AS BLOB), span_begin + 1, span_end - span_begin) AS TEXT)
-- (a BLOB so that substr counts bytes, not characters). A claim whose text is
-- not its span (a caller that wrote other words, or no such paragraph) keeps
-- its text as written.
--
-- The column cannot lose NOT NULL in place, and the table cannot be rebuilt:
-- dropping it would cascade to every edge, walk, entity and topic row. So a
-- new nullable column takes the texts that stay, and the old column is
-- dropped (ALTER TABLE ... DROP COLUMN rewrites the rows, not the table).
ALTER TABLE claim ADD COLUMN own_text TEXT;
UPDATE claim SET own_text = text
  WHERE text IS NOT (
    SELECT CAST(substr(CAST(p.plain AS BLOB), claim.span_begin + 1,
                       claim.span_end - claim.span_begin) AS TEXT)
    FROM section s JOIN turn t ON t.section_id = s.id JOIN paragraph p ON p.turn_id = t.id
    WHERE s.episode_id = claim.episode_id AND s.ordinal = claim.section_ordinal
      AND t.ordinal = claim.turn_ordinal AND p.ordinal = claim.paragraph_ordinal);
ALTER TABLE claim DROP COLUMN text;
ALTER TABLE claim RENAME COLUMN own_text TO text;
