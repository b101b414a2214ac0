-- claimkb store, version 9: the part of a paragraph a recap quotes someone
-- in (issue 8, item 4). Applied by Store::Open inside one transaction
-- together with `PRAGMA user_version = 9`.
--
-- A prose recap's paragraph may open with the writer's lead-in and then
-- quote a guest ("这是最具冲击力的论断。杨帆说：“…”"): only the quoting
-- sentences are the guest's. Paragraph::reported_begin and reported_end are
-- those bytes of `plain`; 0 and 0 (every row written before) mean the whole
-- paragraph, as reported_speaker always meant. Adding a column with a
-- default rewrites no page, so the upgrade is not followed by VACUUM.
ALTER TABLE paragraph ADD COLUMN reported_begin INTEGER NOT NULL DEFAULT 0;
ALTER TABLE paragraph ADD COLUMN reported_end INTEGER NOT NULL DEFAULT 0;
