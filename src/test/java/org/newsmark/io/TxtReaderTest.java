package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;

class TxtReaderTest {

    @TempDir
    Path dir;

    @Test
    void keepsTheTextExactlyDropsTheBomAndTakesTheHeadline() throws Exception {
        String text = "Floods in Seoul 🌧\r\n\r\nLee\tsaid\u00A0\"40% of homes flooded\".\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(dir.resolve("seoul.txt"), withBom);
        Files.writeString(dir.resolve("b.txt"), "Second\nbody");
        Files.writeString(dir.resolve("ignored.md"), "not read");

        ImportBatch batch = new TxtReader().read(List.of(dir), ImportOptions.defaults());
        assertThat(batch.documents()).hasSize(2);
        Document b = batch.documents().get(0).document();
        Document seoul = batch.documents().get(1).document();
        assertThat(b.name()).isEqualTo("b");
        assertThat(seoul.name()).isEqualTo("seoul");
        assertThat(seoul.text()).isEqualTo(text);
        assertThat(seoul.title()).isEqualTo("Floods in Seoul 🌧");
    }

    @Test
    void readsTheSeedArticle() throws Exception {
        ImportBatch batch = DatasetFormat.TXT.reader()
                .read(List.of(Path.of("corpus/01-yoon-rutte-nato-call.txt")), ImportOptions.defaults());
        assertThat(batch.documents()).hasSize(1);
        assertThat(batch.documents().get(0).document().title()).isNotBlank();
    }
}
