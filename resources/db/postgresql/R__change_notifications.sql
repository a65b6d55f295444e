-- PostgreSQL only, and no step of the shared schema: it adds no table or column, so it carries no
-- version (Flyway runs a repeatable migration after the versioned ones, and again whenever this file
-- changes). Every changed row of what an open window shows sends a notification on the channel
-- newsmark_changes, which the server delivers when the transaction commits: which table, the
-- document and the annotator's layer, as JSON. Windows LISTEN and read again what changed (PgChangeFeed);
-- the server sends one notification per distinct payload of a transaction, so a large import sends
-- one per table, document and layer, not one per span. An SQLite window polls PRAGMA data_version instead.
CREATE OR REPLACE FUNCTION newsmark_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed RECORD;
BEGIN
  IF TG_OP = 'DELETE' THEN
    changed := OLD;
  ELSE
    changed := NEW;
  END IF;
  IF TG_TABLE_NAME = 'documents' THEN
    PERFORM pg_notify('newsmark_changes', json_build_object('table', TG_TABLE_NAME, 'document', changed.id)::text);
  ELSIF TG_TABLE_NAME IN ('spans', 'relations', 'layer_status', 'assignments') THEN
    PERFORM pg_notify('newsmark_changes', json_build_object('table', TG_TABLE_NAME,
        'document', changed.document_id, 'annotator', changed.annotator)::text);
  ELSE
    PERFORM pg_notify('newsmark_changes', json_build_object('table', TG_TABLE_NAME)::text);
  END IF;
  RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS newsmark_announce_change ON documents;
CREATE TRIGGER newsmark_announce_change AFTER INSERT OR UPDATE OR DELETE ON documents
  FOR EACH ROW EXECUTE FUNCTION newsmark_announce_change();
DROP TRIGGER IF EXISTS newsmark_announce_change ON layer_status;
CREATE TRIGGER newsmark_announce_change AFTER INSERT OR UPDATE OR DELETE ON layer_status
  FOR EACH ROW EXECUTE FUNCTION newsmark_announce_change();
DROP TRIGGER IF EXISTS newsmark_announce_change ON assignments;
CREATE TRIGGER newsmark_announce_change AFTER INSERT OR UPDATE OR DELETE ON assignments
  FOR EACH ROW EXECUTE FUNCTION newsmark_announce_change();
DROP TRIGGER IF EXISTS newsmark_announce_change ON spans;
CREATE TRIGGER newsmark_announce_change AFTER INSERT OR UPDATE OR DELETE ON spans
  FOR EACH ROW EXECUTE FUNCTION newsmark_announce_change();
DROP TRIGGER IF EXISTS newsmark_announce_change ON relations;
CREATE TRIGGER newsmark_announce_change AFTER INSERT OR UPDATE OR DELETE ON relations
  FOR EACH ROW EXECUTE FUNCTION newsmark_announce_change();
DROP TRIGGER IF EXISTS newsmark_announce_change ON labels;
CREATE TRIGGER newsmark_announce_change AFTER INSERT OR UPDATE OR DELETE ON labels
  FOR EACH ROW EXECUTE FUNCTION newsmark_announce_change();
DROP TRIGGER IF EXISTS newsmark_announce_change ON relation_types;
CREATE TRIGGER newsmark_announce_change AFTER INSERT OR UPDATE OR DELETE ON relation_types
  FOR EACH ROW EXECUTE FUNCTION newsmark_announce_change();
