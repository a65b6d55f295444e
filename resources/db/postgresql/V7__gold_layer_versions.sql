-- Step 7 of the SQLite store: the optimistic version of a layer of a document (the gold layer, which
-- several curators may change at once): bumped by every change made through a session or a replacement.
CREATE TABLE layer_versions (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  annotator TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 0,
  changed_by TEXT NOT NULL DEFAULT '',
  changed TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (document_id, annotator)
);
