package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetFormatTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    @Test
    void detectsByExtensionAndContent() throws Exception {
        assertThat(DatasetFormat.detect(file("d.jsonl", "{\"text\": \"a\", \"label\": []}\n"))).contains(DatasetFormat.DOCCANO);
        assertThat(DatasetFormat.detect(file("p.jsonl", "\n{\"text\": \"a\", \"tokens\": [], \"spans\": []}\n")))
                .contains(DatasetFormat.PRODIGY);
        assertThat(DatasetFormat.detect(file("ls.json", "  [{\"data\": {\"text\": \"a\"}}]"))).contains(DatasetFormat.LABELSTUDIO);
        assertThat(DatasetFormat.detect(file("obj.json", "{\"data\": 1}"))).isEmpty();
        assertThat(DatasetFormat.detect(file("x.conll", "whatever"))).contains(DatasetFormat.CONLL);
        assertThat(DatasetFormat.detect(file("tags.txt", "Lee B-speaker\nsaid O\n\nSeoul\tB-place\n")))
                .contains(DatasetFormat.CONLL);
        assertThat(DatasetFormat.detect(file("article.txt", "Floods in Seoul\n\nLee said 40% of homes flooded.\n")))
                .contains(DatasetFormat.TXT);
        // one paragraph of 25,000 words on a line: telling it from CoNLL once overflowed the stack
        assertThat(DatasetFormat.detect(file("long-line.txt", "word ".repeat(25_000) + "O\n")))
                .contains(DatasetFormat.CONLL);
        assertThat(DatasetFormat.detect(file("long-prose.txt", "word ".repeat(25_000) + "\n")))
                .contains(DatasetFormat.TXT);
        assertThat(DatasetFormat.detect(file("three-columns.txt", "EU NNP B-place\nrejects VBZ O\n")))
                .contains(DatasetFormat.CONLL);
        file("brat/a.txt", "x");
        file("brat/a.ann", "");
        assertThat(DatasetFormat.detect(dir.resolve("brat"))).contains(DatasetFormat.BRAT);
        file("articles/a.txt", "x");
        assertThat(DatasetFormat.detect(dir.resolve("articles"))).contains(DatasetFormat.TXT);
        assertThat(DatasetFormat.detect(file("x.pdf", "%PDF"))).isEmpty();
        assertThat(DatasetFormat.detect(Path.of("src/test/resources/samples/brat-news"))).contains(DatasetFormat.BRAT);
    }

    @Test
    void namesCapabilitiesAndWriters() {
        assertThat(DatasetFormat.fromCode("doccano-rel")).contains(DatasetFormat.DOCCANO_REL);
        assertThat(DatasetFormat.fromCode("LabelStudio")).contains(DatasetFormat.LABELSTUDIO);
        assertThat(DatasetFormat.fromCode("xml")).isEmpty();
        assertThat(DatasetFormat.CSV.canRead()).isFalse();
        assertThat(DatasetFormat.TXT.canWrite()).isFalse();
        assertThat(DatasetFormat.BRAT.writesFolder()).isTrue();
        assertThat(DatasetFormat.DOCCANO_REL.reader()).isInstanceOf(DoccanoReader.class);
        assertThatThrownBy(() -> DatasetFormat.CSV.reader()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> DatasetFormat.BRAT.openWriter(new ByteArrayOutputStream(), ExportOptions.defaults()))
                .isInstanceOf(UnsupportedOperationException.class);
        for (DatasetFormat f : DatasetFormat.values()) {
            if (f.canWrite() && !f.writesFolder()) {
                assertThat(f.openWriter(new ByteArrayOutputStream(), ExportOptions.defaults())).isNotNull();
            }
        }
    }
}
