-- Step 4 of the SQLite store: annotators and their layers. Every span, relation and status says who
-- made it and when; what was there before belongs to the annotator 'default'. Documents assigned to
-- annotators.
UPDATE spans SET annotator = 'default';
CREATE FUNCTION spans_blank_annotator_is_default() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.annotator = '' THEN
    NEW.annotator := 'default';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER spans_blank_annotator_is_default BEFORE INSERT ON spans
  FOR EACH ROW EXECUTE FUNCTION spans_blank_annotator_is_default();
ALTER TABLE relations ADD COLUMN annotator TEXT NOT NULL DEFAULT 'default';
ALTER TABLE relations ADD COLUMN created TEXT NOT NULL DEFAULT '';
UPDATE relations SET created = to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
CREATE INDEX spans_layer ON spans(document_id, annotator);
CREATE INDEX relations_layer ON relations(document_id, annotator);
CREATE TABLE layer_status (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  annotator TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('new', 'in-progress', 'done')),
  updated TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  PRIMARY KEY (document_id, annotator)
);
INSERT INTO layer_status(document_id, annotator, status, updated)
  SELECT id, 'default', status, updated FROM documents WHERE status <> 'new';
CREATE TABLE assignments (
  document_id BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  annotator TEXT NOT NULL,
  created TEXT NOT NULL DEFAULT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
  PRIMARY KEY (document_id, annotator)
);
CREATE INDEX assignments_annotator ON assignments(annotator, document_id);
