package org.newsmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.AnnotatedDocument;

/** The readers on files written by the other tools (shapes from formats.md), not by Newsmark. */
class JsonReadersTest {

    private static final String TEXT = "Lee said \\\"40% of homes flooded\\\" in Seoul.";

    @TempDir
    Path dir;

    private static List<String> describe(AnnotatedDocument d) {
        return d.spans().stream().map(s -> s.textIn(d.document().text()) + "/" + s.label()).toList();
    }

    @Test
    void labelStudioTaskWithRelationsCancelledAnnotationsAndOtherResults() throws Exception {
        Path file = dir.resolve("ls.json");
        Files.writeString(file, "[{\"id\": 7, \"data\": {\"text\": \"" + TEXT + "\", \"source\": \"wire\"},"
                + " \"meta\": {\"name\": \"seven\"}, \"annotations\": [{\"id\": 1, \"completed_by\": 1, \"result\": ["
                + "{\"id\": \"s2\", \"from_name\": \"label\", \"to_name\": \"text\", \"type\": \"labels\","
                + " \"value\": {\"start\": 10, \"end\": 30, \"text\": \"40% of homes flooded\", \"labels\": [\"quote\"]}},"
                + "{\"id\": \"s1\", \"from_name\": \"label\", \"to_name\": \"text\", \"type\": \"labels\","
                + " \"value\": {\"start\": 0, \"end\": 3, \"text\": \"Lee\", \"labels\": [\"speaker\"]}},"
                + "{\"id\": \"c\", \"type\": \"choices\", \"value\": {\"choices\": [\"ok\"]}},"
                + "{\"from_id\": \"s2\", \"to_id\": \"s1\", \"type\": \"relation\", \"direction\": \"right\","
                + " \"labels\": [\"said_by\"]}]},"
                + "{\"was_cancelled\": true, \"result\": []}]}]");
        ImportBatch batch = new LabelStudioReader().read(List.of(file), ImportOptions.defaults());
        AnnotatedDocument d = batch.documents().get(0);
        assertThat(d.document().name()).isEqualTo("seven");
        assertThat(d.document().metadata()).isEqualTo(Map.of("source", "wire"));
        assertThat(describe(d)).containsExactly("40% of homes flooded/quote", "Lee/speaker");
        assertThat(TestCorpus.relationKeys(d)).containsExactly("10-30:quote>said_by>0-3:speaker");
        assertThat(batch.skipped()).containsEntry("label studio result of type 'choices'", 1)
                .containsEntry("label studio cancelled annotation", 1);
    }

    @Test
    void prodigyTaskWithTokensSpansRelationsAndRejects() throws Exception {
        Path file = dir.resolve("p.jsonl");
        Files.writeString(file, "{\"text\": \"" + TEXT + "\", \"spans\": ["
                + "{\"start\": 0, \"end\": 3, \"token_start\": 0, \"token_end\": 0, \"label\": \"speaker\"},"
                + "{\"start\": 10, \"end\": 30, \"token_start\": 3, \"token_end\": 7, \"label\": \"quote\"}],"
                + " \"relations\": [{\"head\": 3, \"child\": 0, \"label\": \"said_by\","
                + " \"head_span\": {\"start\": 10, \"end\": 30, \"token_start\": 3, \"token_end\": 7, \"label\": \"quote\"},"
                + " \"child_span\": {\"start\": 0, \"end\": 3, \"token_start\": 0, \"token_end\": 0, \"label\": \"speaker\"}}],"
                + " \"answer\": \"accept\", \"meta\": {\"name\": \"ex\", \"source\": \"s\"}}\n"
                + "{\"text\": \"rejected\", \"answer\": \"reject\"}\n");
        ImportBatch batch = new ProdigyReader().read(List.of(file), ImportOptions.defaults());
        assertThat(batch.documents()).hasSize(1);
        AnnotatedDocument d = batch.documents().get(0);
        assertThat(d.document().name()).isEqualTo("ex");
        assertThat(d.document().metadata()).isEqualTo(Map.of("source", "s"));
        assertThat(TestCorpus.relationKeys(d)).containsExactly("10-30:quote>said_by>0-3:speaker");
        assertThat(batch.skipped()).containsEntry("prodigy task answered 'reject'", 1);
    }

    @Test
    void doccanoKeepsUnknownKeysAsMetadataAndNamesUnnamedDocuments() throws Exception {
        Path file = dir.resolve("dc.jsonl");
        Files.writeString(file, "{\"id\": 7, \"text\": \"" + TEXT + "\", \"label\": [[0, 3, \"speaker\"], "
                + "[10, 13, \"figure\"], [10, 30, \"quote\"], [35, 40, \"place\"]], \"Comments\": [], \"source\": \"x\"}\n");
        AnnotatedDocument d = new DoccanoReader().read(List.of(file), ImportOptions.defaults()).documents().get(0);
        assertThat(d.document().name()).isEqualTo("dc-1");
        assertThat(d.document().metadata()).containsEntry("id", 7).containsEntry("source", "x").containsKey("Comments");
        assertThat(describe(d)).containsExactly("Lee/speaker", "40%/figure", "40% of homes flooded/quote", "Seoul/place");
    }
}
