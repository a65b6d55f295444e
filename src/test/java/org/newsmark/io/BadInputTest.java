package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input fails with the file and the line, before anything is returned. */
class BadInputTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private Path file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    private static ThrowingCallable reading(DatasetFormat format, Path input) {
        return () -> format.reader().read(List.of(input), ImportOptions.defaults());
    }

    private static void failsAt(ThrowingCallable call, Path file, int line, String problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DatasetException.class, e -> {
            assertThat(e.file()).isEqualTo(file);
            assertThat(e.line()).isEqualTo(line);
            assertThat(e.problem()).contains(problem);
            assertThat(e.getMessage()).isEqualTo(file + ":" + line + ": " + e.problem());
        });
    }

    @Test
    void invalidUtf8IsAnErrorOnItsLine() throws IOException {
        byte[] bytes = "Title\nsecond line \u00e9\nthird ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        Path txt = file("latin.txt", broken);
        failsAt(reading(DatasetFormat.TXT, txt), txt, 3, "invalid UTF-8");

        Path jsonl = file("bad.jsonl", new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}'});
        failsAt(reading(DatasetFormat.DOCCANO, jsonl), jsonl, 1, "invalid UTF-8");
    }

    @Test
    void binaryFileIsAnError() throws IOException {
        Path bin = file("image.txt", new byte[] {'P', 'N', 'G', '\n', 0, 1, 2});
        failsAt(reading(DatasetFormat.TXT, bin), bin, 2, "binary");
    }

    @Test
    void emptyFilesAreErrors() throws IOException {
        for (DatasetFormat f : List.of(DatasetFormat.TXT, DatasetFormat.DOCCANO, DatasetFormat.PRODIGY,
                DatasetFormat.LABELSTUDIO, DatasetFormat.CONLL)) {
            Path empty = file("empty-" + f.code() + "." + f.extension(), "");
            failsAt(reading(f, empty), empty, 0, "empty");
        }
        Path bomOnly = file("bom.txt", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        failsAt(reading(DatasetFormat.TXT, bomOnly), bomOnly, 0, "empty");
    }

    @Test
    void brokenJsonLineIsReportedWithItsNumber() throws IOException {
        Path jsonl = file("docs.jsonl", "{\"text\": \"ok\", \"label\": []}\n\n{\"text\": \"broken\", \n{\"text\": \"x\"}\n");
        failsAt(reading(DatasetFormat.DOCCANO, jsonl), jsonl, 3, "invalid JSON");
        Path notObject = file("array.jsonl", "[1, 2]\n");
        failsAt(reading(DatasetFormat.DOCCANO, notObject), notObject, 1, "JSON object");
    }

    @Test
    void offsetsPastTheEndOrReversedAreErrors() throws IOException {
        Path past = file("past.jsonl", "{\"text\": \"abc\", \"label\": [[0, 1, \"a\"]]}\n"
                + "{\"text\": \"abc\", \"label\": [[1, 4, \"a\"]]}\n");
        failsAt(reading(DatasetFormat.DOCCANO, past), past, 2, "outside the text");
        Path reversed = file("rev.jsonl", "{\"text\": \"abc\", \"label\": [[2, 2, \"a\"]]}\n");
        failsAt(reading(DatasetFormat.DOCCANO, reversed), reversed, 1, "start must be < end");
        Path emoji = file("emoji.jsonl", "{\"text\": \"a👍b\", \"label\": [[0, 2, \"a\"]]}\n");
        assertThatThrownBy(() -> DatasetFormat.DOCCANO.reader().read(List.of(emoji), new ImportOptions(OffsetUnit.UTF16)))
                .isInstanceOf(DatasetException.class).hasMessageContaining("surrogate pair");
        Path prodigy = file("p.jsonl", "{\"text\": \"abc\", \"spans\": [{\"start\": 0, \"end\": 9, \"label\": \"x\"}]}\n");
        failsAt(reading(DatasetFormat.PRODIGY, prodigy), prodigy, 1, "outside the text");
    }

    @Test
    void bratSpanWhoseTextDoesNotMatchTheTxtIsAnError() throws IOException {
        file("b/doc.txt", "Lee said hello.");
        Path ann = file("b/doc.ann", "T1\tspeaker 0 3\tLee\nT2\tquote 9 14\thellx\n");
        failsAt(reading(DatasetFormat.BRAT, dir.resolve("b")), ann, 2, "does not match");
    }

    @Test
    void relationToAMissingSpanIsAnError() throws IOException {
        file("r/doc.txt", "Lee said hello.");
        Path ann = file("r/doc.ann", "T1\tspeaker 0 3\tLee\nR1\tsaid_by Arg1:T2 Arg2:T1\n");
        failsAt(reading(DatasetFormat.BRAT, dir.resolve("r")), ann, 2, "missing span T2");

        Path rel = file("rel.jsonl", "{\"text\": \"Lee\", \"entities\": [{\"id\": 1, \"label\": \"s\", \"start_offset\": 0,"
                + " \"end_offset\": 3}], \"relations\": [{\"from_id\": 2, \"to_id\": 1, \"type\": \"said_by\"}]}\n");
        failsAt(reading(DatasetFormat.DOCCANO_REL, rel), rel, 1, "missing entity");

        Path ls = file("ls.json", "[\n{\"data\": {\"text\": \"Lee\"}, \"annotations\": [{\"result\": [\n"
                + "{\"id\": \"a\", \"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 3, \"labels\": [\"s\"]}},\n"
                + "{\"from_id\": \"a\", \"to_id\": \"zz\", \"type\": \"relation\"}]}]}\n]");
        failsAt(reading(DatasetFormat.LABELSTUDIO, ls), ls, 2, "missing region");
    }

    @Test
    void conllWithWrongColumnsOrTagsIsAnError() throws IOException {
        Path columns = file("cols.conll", "Lee NNP B-speaker\nsaid VBD O\nhello O\n");
        failsAt(reading(DatasetFormat.CONLL, columns), columns, 3, "expected 3");
        Path tag = file("tag.conll", "Lee B-speaker\nsaid X-verb\n");
        failsAt(reading(DatasetFormat.CONLL, tag), tag, 2, "not O, B-TYPE or I-TYPE");
        Path single = file("single.conll", "Lee\n");
        failsAt(reading(DatasetFormat.CONLL, single), single, 1, "token and a tag");
    }

    @Test
    void labelStudioFileThatIsNotAnArrayIsAnError() throws IOException {
        Path obj = file("task.json", "\n{\"data\": {\"text\": \"x\"}}");
        failsAt(reading(DatasetFormat.LABELSTUDIO, obj), obj, 2, "JSON array");
        Path noText = file("notext.json", "[{\"data\": {\"body\": \"x\"}}]");
        failsAt(reading(DatasetFormat.LABELSTUDIO, noText), noText, 1, "\"text\"");
        Path truncated = file("trunc.json", "[\n{\"data\": {\"text\": \"x\"}},\n{\"data\": ");
        failsAt(reading(DatasetFormat.LABELSTUDIO, truncated), truncated, 3, "invalid JSON");
    }

    @Test
    void aFailingFileAmongGoodOnesFailsTheWholeRead() throws IOException {
        Path good = file("a.txt", "Headline\nbody");
        Path bad = file("b.txt", new byte[] {'x', 0});
        assertThatThrownBy(() -> DatasetFormat.TXT.reader().read(List.of(good, bad), ImportOptions.defaults()))
                .isInstanceOf(DatasetException.class);
    }
}
