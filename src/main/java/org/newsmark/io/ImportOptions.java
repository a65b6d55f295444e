package org.newsmark.io;

import java.util.Objects;

/** How to import: the unit of the offsets in the files read. */
public record ImportOptions(OffsetUnit offsets) {

    public ImportOptions {
        Objects.requireNonNull(offsets, "offsets");
    }

    public static ImportOptions defaults() {
        return new ImportOptions(OffsetUnit.CODEPOINT);
    }
}
