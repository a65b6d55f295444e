package org.newsmark.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsmark.model.Document;
import org.newsmark.suggest.SpanSuggestion;

class UserGazetteerTest {

    @TempDir
    Path temp;

    @Test
    void namesAddedBesideTheDatabaseAreSuggestedAfterAReload() throws Exception {
        Path db = temp.resolve("news.db");
        UserGazetteer gazetteer = UserGazetteer.beside(db);
        assertThat(gazetteer.file()).isEqualTo(temp.resolve("news.gazetteer.txt"));
        try (Workspace workspace = Workspace.open(db);
             SuggestionService service = SuggestionService.start(workspace.store(), gazetteer::load)) {
            long id = workspace.store().documents().insert(
                    Document.of("n", "Troops reached Narnia on Friday, officials in Narnia said.")).id();
            service.ready().join();
            assertThat(service.suggest(id).spans()).noneMatch(s -> s.label().equals("place"));

            gazetteer.add("  Narnia ", "place");
            service.reload().join();
            assertThat(service.suggest(id).spans()).filteredOn(s -> s.label().equals("place"))
                    .extracting(SpanSuggestion::range).extracting(r -> r.start()).containsExactly(15, 46);
        }
        assertThat(Files.readAllLines(gazetteer.file())).contains("Narnia\tplace");
        assertThatThrownBy(() -> gazetteer.add(" ", "place")).isInstanceOf(IllegalArgumentException.class);
    }
}
