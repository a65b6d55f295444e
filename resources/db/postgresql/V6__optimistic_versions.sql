-- Step 6 of the SQLite store: optimistic versions of what two analysts may change at once: a
-- document's status and a label; every update bumps the version and says who changed it and when.
ALTER TABLE documents ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE documents ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE labels ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE labels ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE labels ADD COLUMN changed TEXT NOT NULL DEFAULT '';
