package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.AnnotatedDocument;
import org.newsmark.model.Document;

class BratWriterTest {

    @TempDir
    Path dir;

    @Test
    void unsafeAndDuplicateNamesStayInsideTheFolder() throws Exception {
        Path out = dir.resolve("a/b/out");
        List<String> names = List.of("../../x", "../../x", "dir/sub\\file:1", "CON", "nul.txt", "tab\there\u0000",
                "...", "", "Seoul", "seoul", "annotation");
        ExportReport report;
        try (DatasetWriter w = DatasetFormat.BRAT.openWriter(out, ExportOptions.defaults())) {
            for (String n : names) {
                w.write(AnnotatedDocument.plain(Document.of(n, "text of " + n)), TestCorpus.SCHEME);
            }
            report = w.finish();
        }
        assertThat(report.documents()).isEqualTo(names.size());
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).allMatch(p -> p.getParent().equals(out));
        }
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")))
                    .containsExactlyInAnyOrder("_.._x.txt", "_.._x-2.txt", "dir_sub_file_1.txt", "_CON.txt",
                            "_nul.txt.txt", "tab_here_.txt", "document.txt", "document-2.txt", "Seoul.txt",
                            "seoul-2.txt", "annotation.txt");
        }
        assertThat(out.resolve("annotation.conf")).exists();
        assertThat(Files.readString(out.resolve("_.._x-2.txt"))).isEqualTo("text of ../../x");
    }

    @Test
    void sanitizeKeepsOrdinaryNamesAndUnicode() {
        assertThat(SafeFileNames.sanitize("yoon-rutte-nato-call")).isEqualTo("yoon-rutte-nato-call");
        assertThat(SafeFileNames.sanitize("서울 뉴스 👍")).isEqualTo("서울 뉴스 👍");
        assertThat(SafeFileNames.sanitize("LPT1")).isEqualTo("_LPT1");
        assertThat(SafeFileNames.sanitize("x".repeat(300))).hasSize(100);
    }
}
