package org.newsmark.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** How the dialogs ask for files: the native choosers, or whatever a test gives. */
public interface FileChoices {

    /** Files to import; empty when the user cancels. */
    List<Path> openFiles(Window owner);

    Optional<Path> openFolder(Window owner);

    /** Where to export: a file, or a folder when {@code folder} is true. */
    Optional<Path> saveTo(Window owner, Path suggestion, boolean folder);

    /** The platform's file and folder choosers. */
    static FileChoices nativeChoosers() {
        return new FileChoices() {
            @Override
            public List<Path> openFiles(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Import datasets or articles");
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter("Datasets and articles", "*.jsonl", "*.ndjson", "*.json", "*.conll",
                                "*.iob", "*.bio", "*.ann", "*.txt"),
                        new FileChooser.ExtensionFilter("All files", "*"));
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> openFolder(Window owner) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle("Import a folder (brat or .txt articles)");
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> saveTo(Window owner, Path suggestion, boolean folder) {
                Path parent = suggestion.toAbsolutePath().getParent();
                if (folder) {
                    DirectoryChooser chooser = new DirectoryChooser();
                    chooser.setTitle("Export to a folder");
                    if (parent != null && parent.toFile().isDirectory()) {
                        chooser.setInitialDirectory(parent.toFile());
                    }
                    return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
                }
                FileChooser chooser = new FileChooser();
                chooser.setTitle("Export to");
                chooser.setInitialFileName(String.valueOf(suggestion.getFileName()));
                if (parent != null && parent.toFile().isDirectory()) {
                    chooser.setInitialDirectory(parent.toFile());
                }
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }
        };
    }
}
