package org.newsmark.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsmark.app.ImportDatasets;
import org.newsmark.app.ImportRequest;
import org.newsmark.app.ImportSummary;
import org.newsmark.app.LabelMapping;
import org.newsmark.app.Progress;
import org.newsmark.app.UnusedMappingException;
import org.newsmark.app.Workspace;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.OffsetUnit;
import org.newsmark.model.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Imports labelled datasets or plain articles into the database, all or nothing.",
            "Documents whose text is already stored are reported and left out."})
final class ImportCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOption database;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, txt, doccano, prodigy, brat, conll or labelstudio (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = "--offsets", paramLabel = "UNIT", defaultValue = "codepoint", converter = Converters.Offsets.class,
            description = "codepoint or utf16: how the files count offsets (default: ${DEFAULT-VALUE})")
    private OffsetUnit offsets;

    @Option(names = "--map", paramLabel = "A=b,...", description = "rename labels (and brat event roles) on the way in, e.g. PER=speaker,LOC=place")
    private List<String> map = new ArrayList<>();

    @Mixin
    private AnnotatorOption annotator;

    @Option(names = "--include-duplicates", description = "also import documents whose text is already stored")
    private boolean duplicates;

    @Option(names = "--strict", description = "fail (storing nothing) instead of warning when a --map label never occurs")
    private boolean strict;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, or folders of files, to import")
    private List<Path> inputs;

    ImportCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Optional<DatasetFormat> chosen;
        try {
            chosen = new Converters.ImportFormat().convert(format);
        } catch (TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        Map<String, String> labelMap;
        try {
            labelMap = LabelMapping.parse(String.join(",", map));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--map: " + e.getMessage(), e, null, String.join(",", map));
        }
        Annotator who = annotator.resolve();
        ImportRequest request = ImportRequest.of(inputs).withFormat(chosen).withOffsets(offsets).withLabelMap(labelMap)
                .withAnnotator(Optional.of(who.name())).withDuplicates(duplicates).withStrict(strict);
        try (Workspace workspace = Workspace.open(database.resolve(terminal, true), who)) {
            ImportSummary summary = new ImportDatasets(workspace).run(request, Progress.NONE, () -> false);
            terminal.text().println(summary.text());
            for (String label : summary.unusedMappings()) {
                terminal.stderr().println("warning: " + unused(labelMap, label));
            }
        } catch (UnusedMappingException e) {
            throw new BadInputException(String.join("; ", e.labels().stream().map(l -> unused(labelMap, l)).toList())
                    + " (--strict: nothing imported)");
        }
        return 0;
    }

    private static String unused(Map<String, String> labelMap, String label) {
        return "--map " + label + "=" + labelMap.get(label) + ": no span has the label " + label;
    }
}
