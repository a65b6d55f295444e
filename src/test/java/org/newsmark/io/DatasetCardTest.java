package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetCardTest {

    private static DatasetCard.Contents contents() {
        return new DatasetCard.Contents("Wire | news 2026", 120,
                List.of(new DatasetCard.Annotator("ann", 120, 2400), new DatasetCard.Annotator("bob_b", 60, 1100)),
                List.of(new DatasetCard.LabelCount("place", 900), new DatasetCard.LabelCount("quote", 300)),
                List.of(new DatasetCard.LabelAgreement("place", 0.8123, 0.9, 0.75, 0.7),
                        new DatasetCard.LabelAgreement("quote", 0.5, 0.61, Double.NaN, 0.4)),
                0.875, "doccano-rel",
                ExportOptions.defaults().withOffsets(OffsetUnit.UTF16).withLabels(Set.of("quote", "place")),
                Optional.of("done"));
    }

    @Test
    void theCardListsContentsAgreementAndExportSettings() {
        String md = new String(DatasetCard.write(contents()), StandardCharsets.UTF_8);

        assertThat(md).startsWith("# Wire \\| news 2026\n\n120 documents, 1200 spans.\n");
        assertThat(md).contains("| ann | 120 | 2400 |\n| bob\\_b | 60 | 1100 |\n");
        assertThat(md).contains("| place | 900 |\n| quote | 300 |\n");
        assertThat(md).contains("| place | 0.812 | 0.900 | 0.750 | 0.700 |\n");
        assertThat(md).contains("| quote | 0.500 | 0.610 | n/a | 0.400 |\n");
        assertThat(md).contains("said_by: 0.875 ");
        assertThat(md).contains("- format: doccano-rel\n", "- offsets: UTF-16 code units (utf16)\n",
                "- labels: place, quote\n", "- documents: status done\n", "outer span kept");
        assertThat(md.lines().filter(l -> l.startsWith("## "))).containsExactly("## Annotators", "## Labels",
                "## Agreement", "## Export");
    }

    @Test
    void withoutAgreementTheCardSaysItWasNotMeasured() {
        DatasetCard.Contents c = contents();
        String md = DatasetCard.markdown(new DatasetCard.Contents(c.title(), 1, c.annotators().subList(0, 1), c.labels(),
                List.of(), Double.NaN, "conll", ExportOptions.defaults(), Optional.empty()));

        assertThat(md).contains("1 document, ", "Not measured: one annotator per document.",
                "- offsets: Unicode code points (codepoint)\n", "- labels: all\n", "- documents: all\n");
        assertThat(md).doesNotContain("said_by");
    }
}
