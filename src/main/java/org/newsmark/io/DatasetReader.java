package org.newsmark.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** An import: parses every input completely, or fails before returning anything. */
public interface DatasetReader {

    /**
     * @param inputs files, or folders whose files of the format's extensions are read (sorted by name)
     */
    ImportBatch read(List<Path> inputs, ImportOptions options) throws DatasetException, IOException;
}
