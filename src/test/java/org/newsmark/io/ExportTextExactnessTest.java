package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.AnnotatedDocument;

/** For every span of every export, text[start:end] in code points equals the span's text. */
class ExportTextExactnessTest {

    private static final List<AnnotatedDocument> DOCS = TestCorpus.documents();
    private static final Map<String, String> TEXTS = DOCS.stream()
            .collect(Collectors.toMap(d -> d.document().name(), d -> d.document().text()));

    @TempDir
    Path dir;

    private static String export(DatasetFormat format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DatasetWriter w = format.openWriter(bytes, ExportOptions.defaults())) {
            for (AnnotatedDocument d : DOCS) {
                w.write(d, TestCorpus.SCHEME);
            }
            w.finish();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static List<JsonNode> jsonLines(String out) throws IOException {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.split("\n")) {
            nodes.add(Json.MAPPER.readTree(line));
        }
        return nodes;
    }

    private static void assertSlice(String text, JsonNode start, JsonNode end, String expected) {
        assertThat(TestCorpus.codePointSlice(text, start.asInt(), end.asInt())).isEqualTo(expected);
    }

    @Test
    void doccanoLabelTriplesSliceTheTextExactly() throws IOException {
        int checked = 0;
        for (JsonNode doc : jsonLines(export(DatasetFormat.DOCCANO))) {
            String text = doc.get("text").asText();
            assertThat(text).isEqualTo(TEXTS.get(doc.get("name").asText()));
            for (JsonNode l : doc.get("label")) {
                String slice = TestCorpus.codePointSlice(text, l.get(0).asInt(), l.get(1).asInt());
                assertThat(slice).isNotEmpty();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(14);
        // the emoji-bearing quote: code points, not UTF-16
        JsonNode first = jsonLines(export(DatasetFormat.DOCCANO)).get(0);
        String text = first.get("text").asText();
        boolean found = false;
        for (JsonNode l : first.get("label")) {
            if (l.get(2).asText().equals("quote")
                    && TestCorpus.codePointSlice(text, l.get(0).asInt(), l.get(1).asInt()).equals("We need 👍 help now,")) {
                found = true;
            }
        }
        assertThat(found).isTrue();
    }

    @Test
    void doccanoRelProdigyAndLabelStudioSliceTheTextExactly() throws IOException {
        for (JsonNode doc : jsonLines(export(DatasetFormat.DOCCANO_REL))) {
            String text = doc.get("text").asText();
            for (JsonNode e : doc.get("entities")) {
                String slice = TestCorpus.codePointSlice(text, e.get("start_offset").asInt(), e.get("end_offset").asInt());
                assertThat(spanTextsOf(doc.get("name").asText())).contains(slice);
            }
        }
        for (JsonNode doc : jsonLines(export(DatasetFormat.PRODIGY))) {
            String text = doc.get("text").asText();
            for (JsonNode t : doc.get("tokens")) {
                assertSlice(text, t.get("start"), t.get("end"), t.get("text").asText());
                String token = t.get("text").asText();
                assertThat(token).isNotEmpty();
                // a word, or whitespace beyond the one space a token's ws flag stands for
                assertThat(token.chars().allMatch(c -> Tokenizer.isSeparator((char) c))
                        || token.chars().noneMatch(c -> Tokenizer.isSeparator((char) c))).as(token).isTrue();
            }
            for (JsonNode s : doc.get("spans")) {
                String slice = TestCorpus.codePointSlice(text, s.get("start").asInt(), s.get("end").asInt());
                assertThat(spanTextsOf(doc.get("meta").get("name").asText())).contains(slice);
                JsonNode tokens = doc.get("tokens");
                assertThat(tokens.get(s.get("token_start").asInt()).get("start")).isEqualTo(s.get("start"));
                assertThat(tokens.get(s.get("token_end").asInt()).get("end")).isEqualTo(s.get("end"));
            }
        }
        JsonNode tasks = Json.MAPPER.readTree(export(DatasetFormat.LABELSTUDIO));
        assertThat(tasks.isArray()).isTrue();
        for (JsonNode task : tasks) {
            String text = task.get("data").get("text").asText();
            for (JsonNode r : task.get("annotations").get(0).get("result")) {
                if (r.get("type").asText().equals("labels")) {
                    JsonNode v = r.get("value");
                    assertSlice(text, v.get("start"), v.get("end"), v.get("text").asText());
                }
            }
        }
    }

    @Test
    void csvRowsSliceTheTextExactly() throws IOException {
        String out = export(DatasetFormat.CSV);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out)).getRecords();
        assertThat(rows).hasSize(14);
        for (CSVRecord r : rows) {
            String text = TEXTS.get(r.get("document_name"));
            assertThat(TestCorpus.codePointSlice(text, Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end"))))
                    .isEqualTo(r.get("text"));
        }
        CSVRecord quote = rows.stream().filter(r -> r.get("text").equals("We are ready,\r\nto act,")).findFirst()
                .orElseThrow();
        assertThat(quote.get("speaker_text")).isIn("he", "Yoon");
        CSVRecord lee = rows.stream().filter(r -> r.get("text").equals("40% of homes flooded")).findFirst().orElseThrow();
        assertThat(lee.get("speaker_text")).isEqualTo("Lee");
    }

    @Test
    void bratKeepsTheTextByteForByteAndEveryFragmentSlices() throws IOException {
        Path out = dir.resolve("brat");
        try (DatasetWriter w = DatasetFormat.BRAT.openWriter(out, ExportOptions.defaults())) {
            for (AnnotatedDocument d : DOCS) {
                w.write(d, TestCorpus.SCHEME);
            }
            w.finish();
        }
        for (AnnotatedDocument d : DOCS) {
            String name = d.document().name();
            byte[] txt = Files.readAllBytes(out.resolve(name + ".txt"));
            assertThat(txt).isEqualTo(d.document().text().getBytes(StandardCharsets.UTF_8));
            String text = new String(txt, StandardCharsets.UTF_8);
            for (String line : Files.readAllLines(out.resolve(name + ".ann"))) {
                if (!line.startsWith("T")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                String[] fragments = f[1].substring(f[1].indexOf(' ') + 1).split(";");
                StringBuilder joined = new StringBuilder();
                for (String fr : fragments) {
                    String[] se = fr.split(" ");
                    joined.append(joined.length() == 0 ? "" : " ")
                            .append(TestCorpus.codePointSlice(text, Integer.parseInt(se[0]), Integer.parseInt(se[1])));
                }
                assertThat(joined.toString()).isEqualTo(f[2]);
            }
        }
        assertThat(Files.readString(out.resolve("yoon-call.ann"))).containsPattern("T\\d+\tquote 75 88;90 97\tWe are ready, to act,\n");
        assertThat(Files.readString(out.resolve("annotation.conf"))).contains("[entities]\nspeaker\nquote\nfigure\nplace\n")
                .contains("said_by\tArg1:<ENTITY>, Arg2:<ENTITY>");
    }

    private static List<String> spanTextsOf(String name) {
        AnnotatedDocument d = DOCS.stream().filter(x -> x.document().name().equals(name)).findFirst().orElseThrow();
        return d.spans().stream().map(s -> s.textIn(d.document().text())).toList();
    }
}
