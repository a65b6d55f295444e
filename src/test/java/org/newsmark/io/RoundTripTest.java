package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsmark.model.AnnotatedDocument;

class RoundTripTest {

    @TempDir
    Path dir;

    static ImportBatch roundTrip(Path dir, DatasetFormat format, OffsetUnit unit, List<AnnotatedDocument> docs)
            throws IOException, DatasetException {
        Path out = dir.resolve(format.writesFolder() ? "out" : "out." + format.extension());
        ExportReport report;
        try (DatasetWriter w = format.openWriter(out, ExportOptions.defaults().withOffsets(unit))) {
            for (AnnotatedDocument d : docs) {
                w.write(d, TestCorpus.SCHEME);
            }
            report = w.finish();
        }
        assertThat(report.documents()).isEqualTo(docs.size());
        assertThat(report.droppedSpans()).isEmpty();
        assertThat(report.extendedSpans()).isZero();
        DatasetFormat readAs = DatasetFormat.detect(out).orElseThrow();
        return readAs.reader().read(List.of(out), new ImportOptions(unit));
    }

    @ParameterizedTest
    @CsvSource({"DOCCANO,CODEPOINT,true,false", "DOCCANO,UTF16,true,false",
        "DOCCANO_REL,CODEPOINT,true,true", "DOCCANO_REL,UTF16,true,true",
        "PRODIGY,CODEPOINT,true,true", "PRODIGY,UTF16,true,true",
        "BRAT,CODEPOINT,false,true", "BRAT,UTF16,false,true",
        "LABELSTUDIO,CODEPOINT,true,true", "LABELSTUDIO,UTF16,true,true"})
    void exportThenImportGivesTheSameDocuments(DatasetFormat format, OffsetUnit unit, boolean carriesMetadata,
                                               boolean carriesRelations) throws Exception {
        List<AnnotatedDocument> docs = TestCorpus.documents();
        ImportBatch batch = roundTrip(dir, format, unit, docs);

        assertThat(batch.documents()).hasSize(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            AnnotatedDocument want = docs.get(i);
            AnnotatedDocument got = batch.documents().stream()
                    .filter(d -> d.document().name().equals(want.document().name())).findFirst().orElseThrow();
            assertThat(got.document().text()).isEqualTo(want.document().text());
            assertThat(got.document().title()).isEqualTo(want.document().title());
            if (carriesMetadata) {
                assertThat(got.document().metadata()).isEqualTo(want.document().metadata());
            }
            assertThat(TestCorpus.spanKeys(got)).isEqualTo(TestCorpus.spanKeys(want));
            assertThat(got.spans()).hasSameSizeAs(want.spans());
            if (carriesRelations) {
                assertThat(TestCorpus.relationKeys(got)).isEqualTo(TestCorpus.relationKeys(want));
            } else {
                assertThat(got.relations()).isEmpty();
            }
            assertThat(got.spans()).extracting(s -> s.id()).doesNotHaveDuplicates();
        }
        assertThat(batch.labels()).containsExactlyInAnyOrder("speaker", "quote", "figure", "place");
    }
}
