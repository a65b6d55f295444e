-- Step 2 of the SQLite store: offsets checked by the database itself (the same message as SQLite's
-- trigger, which the store turns into InvalidSpanException); relation types as part of the label scheme.
CREATE FUNCTION spans_fit_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."end" > (SELECT text_length FROM documents WHERE id = NEW.document_id) THEN
    RAISE EXCEPTION 'span end past the end of the text' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER spans_fit_text_on_insert BEFORE INSERT ON spans
  FOR EACH ROW EXECUTE FUNCTION spans_fit_text();
CREATE TRIGGER spans_fit_text_on_update BEFORE UPDATE OF start, "end" ON spans
  FOR EACH ROW EXECUTE FUNCTION spans_fit_text();

CREATE TABLE relation_types (
  name TEXT PRIMARY KEY,
  position INTEGER NOT NULL
);
INSERT INTO relation_types(name, position) VALUES ('said_by', 0);
CREATE INDEX spans_label ON spans(label_id);
CREATE INDEX relations_from ON relations(from_span);
CREATE INDEX relations_to ON relations(to_span);
