package org.newsmark.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsmark.io.DatasetException;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.ImportOptions;
import org.newsmark.io.TxtReader;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;
import org.newsmark.store.Store;

/** The sample articles packaged under {@code /corpus} (from the project's {@code corpus/} folder). */
public final class BundledCorpus {

    private BundledCorpus() {
    }

    /** Imports every bundled article in one transaction: all of them or none. */
    public static int importInto(Store store) {
        List<Document> documents = read();
        store.inTransaction(() -> {
            documents.forEach(store.documents()::insert);
            return null;
        });
        return documents.size();
    }

    static List<Document> read() {
        URL url = BundledCorpus.class.getResource("/corpus");
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem zip = zipFileSystem(uri)) {
                    return readFolder(zip.provider().getPath(uri));
                }
            }
            return readFolder(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled corpus: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("bad corpus location " + url, e);
        }
    }

    private static FileSystem zipFileSystem(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            throw new IOException("the application jar is already open as a file system", e);
        }
    }

    /** The articles of a folder of {@code .txt} files, read by io's {@link TxtReader}: strict UTF-8, BOM dropped. */
    static List<Document> readFolder(Path folder) throws IOException {
        try {
            return DatasetFormat.TXT.reader().read(List.of(folder), ImportOptions.defaults()).documents().stream()
                    .map(AnnotatedDocument::document).toList();
        } catch (DatasetException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
