package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsmark.model.Annotator;
import org.newsmark.model.Document;
import org.newsmark.model.DocumentStatus;
import org.newsmark.model.TextRange;
import org.newsmark.store.postgres.PgConnectionSpec;
import org.newsmark.store.postgres.PostgresDatabase;

/** Two analysts' workspaces on one PostgreSQL database: each sees the other's committed work. */
@ExtendWith(PostgresDatabase.class)
class WorkspacePostgresTest {

    @Test
    void twoAnalystsShareOneServerDatabase(PgConnectionSpec db) {
        String location = db.toString();
        long id;
        try (Workspace ana = Workspace.open(location, new Annotator("ana"))) {
            assertThat(ana.localFile()).isEmpty();
            assertThat(ana.location()).isEqualTo(location);
            assertThat(ana.scheme().names()).contains("speaker", "quote");
            id = WorkspaceStore.of(ana).documents().insert(Document.of("shared", "Lee said \"yes\" in Seoul.")).id();
            DocumentSession session = ana.open(id);
            session.tag(new TextRange(0, 3), "speaker").orElseThrow();
            session.setStatus(DocumentStatus.DONE);

            try (Workspace ben = Workspace.open(location, new Annotator("ben"))) {
                DocumentSession benSession = ben.open(id);
                assertThat(benSession.spans()).isEmpty(); // his own layer
                benSession.tag(new TextRange(19, 24), "place").orElseThrow();
                assertThat(ben.documents()).singleElement().satisfies(d -> assertThat(d.spanCount()).isEqualTo(1));
            }
        }
        try (Workspace reader = Workspace.openReadOnly(location, new Annotator("ana"))) {
            assertThat(reader.stats().documents()).isEqualTo(1);
            assertThat(WorkspaceStore.of(reader).layers().annotatorsOf(id)).containsExactly("ana", "ben");
            assertThat(WorkspaceStore.of(reader).documents().layerStatus(id, "ana")).isEqualTo(DocumentStatus.DONE);
            assertThat(reader.assignedDocuments()).isEqualTo(Optional.empty());
        }
    }
}
