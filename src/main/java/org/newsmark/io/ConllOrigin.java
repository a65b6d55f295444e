package org.newsmark.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a document read from CoNLL keeps in its metadata under {@code "conll"} so that it can be
 * written back line for line: its {@code -DOCSTART-} line (left out when it is the writer's
 * default), the columns between token and tag, one string per token (left out for two-column
 * files), and {@code "tags": "IOB1"} when its tags were IOB1. The tokens and sentences need no
 * record: the reader joins tokens by one space and sentences by a line break, and a CoNLL token
 * holds neither, so the text itself gives them back (see {@link ConllTokens}).
 *
 * @param docstart the document's {@code -DOCSTART-} line, columns joined by one space
 * @param columns  per token, its middle columns joined by one space; empty for two-column files
 * @param iob1     whether the tags are written IOB1 (B- only between two entities of one type)
 */
record ConllOrigin(Optional<String> docstart, List<String> columns, boolean iob1) {

    static final String KEY = "conll";
    static final String DEFAULT_DOCSTART = "-DOCSTART- -X- -X- O";

    ConllOrigin {
        columns = List.copyOf(columns);
    }

    /** The metadata of a document read from CoNLL. */
    Map<String, Object> toMetadata() {
        Map<String, Object> conll = new LinkedHashMap<>();
        docstart.filter(d -> !d.equals(DEFAULT_DOCSTART)).ifPresent(d -> conll.put("docstart", d));
        if (!columns.isEmpty()) {
            conll.put("columns", columns);
        }
        if (iob1) {
            conll.put("tags", "IOB1");
        }
        return Map.of(KEY, conll);
    }

    /** The line that starts the document in the export. */
    String docstartLine() {
        return docstart.orElse(DEFAULT_DOCSTART);
    }

    /**
     * The CoNLL origin kept in a document's metadata: empty when there is none, or when the value
     * under {@code "conll"} is not one this reader wrote (then the document is tokenised afresh).
     */
    static Optional<ConllOrigin> in(Map<String, Object> metadata) {
        if (!(metadata.get(KEY) instanceof Map<?, ?> conll)) {
            return Optional.empty();
        }
        Object docstart = conll.get("docstart");
        Object columns = conll.get("columns");
        Object tags = conll.get("tags");
        boolean docstartOk = docstart == null
                || docstart instanceof String d && d.startsWith("-DOCSTART-") && d.indexOf('\n') < 0;
        boolean tagsOk = tags == null || "IOB1".equals(tags) || "IOB2".equals(tags);
        List<String> middle = new ArrayList<>();
        if (columns instanceof List<?> list) {
            for (Object c : list) {
                if (!(c instanceof String s) || s.isEmpty() || s.indexOf('\n') >= 0) {
                    return Optional.empty();
                }
                middle.add(s);
            }
        } else if (columns != null) {
            return Optional.empty();
        }
        if (!docstartOk || !tagsOk) {
            return Optional.empty();
        }
        return Optional.of(new ConllOrigin(Optional.ofNullable((String) docstart), middle, "IOB1".equals(tags)));
    }
}
