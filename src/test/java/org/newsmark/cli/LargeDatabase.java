package org.newsmark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsmark.app.Workspace;
import org.newsmark.app.WorkspaceStore;
import org.newsmark.bench.SyntheticCorpus;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.model.Span;
import org.newsmark.store.BulkInserter;
import org.newsmark.store.Store;

/** A database of generated articles with spans, large enough that exporting it takes a while. */
final class LargeDatabase {

    private LargeDatabase() {
    }

    static void add(Path db, int documents, int chars) {
        try (Workspace workspace = Workspace.open(db)) {
            Store store = WorkspaceStore.of(workspace);
            store.inTransaction(() -> {
                try (BulkInserter inserter = store.bulkInserter()) {
                    for (int n = 0; n < documents; n++) {
                        String text = SyntheticCorpus.article(chars, n);
                        List<Span> spans = new ArrayList<>();
                        List<Span> raw = SyntheticCorpus.spans(text, 20, n);
                        for (int i = 0; i < raw.size(); i++) {
                            spans.add(raw.get(i).withId(i + 1L));
                        }
                        inserter.insert(new AnnotatedDocument(Document.of("article-" + n, text), spans, List.of()), "");
                    }
                }
                return null;
            });
        }
    }
}
