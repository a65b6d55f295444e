package org.newsmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A user's clone has nothing beside it: no file of the sources, tests, fixtures or the README may
 * name the developers' material folder next to the project. The names are assembled at run time so
 * that this test does not name them itself.
 */
class StandsAloneTest {

    private static final List<String> OUTSIDE_FOLDERS = List.of(".." + "/shared", "/work" + "/shared");

    @Test
    void noSourceTestOrReadmeNamesAFolderOutsideTheProject() throws IOException {
        List<String> offenders = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(Path.of("src"))) {
            tree.filter(Files::isRegularFile).forEach(files::add);
        }
        files.add(Path.of("README.md"));
        for (Path file : files) {
            // ISO-8859-1 maps every byte to a char, so binary fixtures are read without errors
            String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String folder : OUTSIDE_FOLDERS) {
                if (content.contains(folder)) {
                    offenders.add(file + " names " + folder);
                }
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(offenders).as("files that only work beside the developers' folder").isEmpty();
    }
}
