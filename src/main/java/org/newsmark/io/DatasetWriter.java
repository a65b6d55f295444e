package org.newsmark.io;

import java.io.IOException;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.LabelScheme;

/**
 * A streaming export: opened on a destination, fed documents one at a time, then finished.
 * {@link #close()} without {@link #finish()} abandons the export (files may be incomplete).
 */
public interface DatasetWriter extends AutoCloseable {

    /** Writes one document. The scheme gives labels and relation types (brat's {@code annotation.conf}). */
    void write(AnnotatedDocument document, LabelScheme scheme) throws IOException;

    /** Writes whatever closes the output and reports what was written and dropped. Call once. */
    ExportReport finish() throws IOException;

    @Override
    void close() throws IOException;
}
