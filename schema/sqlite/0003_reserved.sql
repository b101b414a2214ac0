-- Placeholder on branch h-graph only: version 3 belongs to another branch's
-- migration, and Store::Open refuses gaps. Delete this file when merging.
SELECT 1;
