package org.newsmark.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The dataset formats, by the names the CLI and the app use, with their readers and writers. */
public enum DatasetFormat {
    DOCCANO("doccano", "jsonl"),
    DOCCANO_REL("doccano-rel", "jsonl"),
    PRODIGY("prodigy", "jsonl"),
    BRAT("brat", ""),
    CONLL("conll", "conll"),
    LABELSTUDIO("labelstudio", "json"),
    CSV("csv", "csv"),
    TXT("txt", "txt");

    private final String code;
    private final String extension;

    DatasetFormat(String code, String extension) {
        this.code = code;
        this.extension = extension;
    }

    /** The name used on the command line and in the UI. */
    public String code() {
        return code;
    }

    /** The usual extension of an exported file, without dot; empty for a folder format. */
    public String extension() {
        return extension;
    }

    public static Optional<DatasetFormat> fromCode(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code.equals(c)).findFirst();
    }

    /** Guesses the format of a file or folder from its extension and a peek at its content. */
    public static Optional<DatasetFormat> detect(Path input) throws DatasetException, IOException {
        return FormatDetector.detect(input);
    }

    public boolean canRead() {
        return this != CSV;
    }

    public boolean canWrite() {
        return this != TXT;
    }

    /**
     * Whether export then import gives back every span exactly, label and range, touching and
     * overlapping ones included (a test holds every such format to it). CoNLL gives a token one tag.
     */
    public boolean keepsEverySpan() {
        return canRead() && canWrite() && this != CONLL;
    }

    /** Whether the writer's destination is a folder rather than a file. */
    public boolean writesFolder() {
        return this == BRAT;
    }

    /**
     * Opens a writer on a file (a folder for brat); the writer owns and closes what it opens. The output
     * is written beside {@code out} and moved there by {@link DatasetWriter#finish()} ({@link AtomicOutput}):
     * an export that fails or is abandoned leaves {@code out} as it was. A brat folder must be empty or new.
     */
    public DatasetWriter openWriter(Path out, ExportOptions options) throws IOException {
        return openWriter(out, options, false);
    }

    /** {@link #openWriter(Path, ExportOptions)}, replacing a non-empty brat folder whole when {@code replaceFolder}. */
    public DatasetWriter openWriter(Path out, ExportOptions options, boolean replaceFolder) throws IOException {
        requireWritable();
        if (writesFolder()) {
            AtomicOutput folder = AtomicOutput.folder(out, replaceFolder);
            return staged(folder, () -> new BratWriter(folder.path(), options));
        }
        AtomicOutput file = AtomicOutput.file(out);
        return staged(file, () -> streamWriter(Files.newOutputStream(file.path()), options, true));
    }

    private interface WriterOpener {
        DatasetWriter open() throws IOException;
    }

    private static DatasetWriter staged(AtomicOutput output, WriterOpener opener) throws IOException {
        try {
            return new StagedWriter(opener.open(), output);
        } catch (IOException | RuntimeException e) {
            output.close();
            throw e;
        }
    }

    /** Opens a single-file writer on a stream the caller keeps (and closes), e.g. standard output. */
    public DatasetWriter openWriter(OutputStream out, ExportOptions options) {
        if (writesFolder()) {
            throw new UnsupportedOperationException(code + " writes a folder, not a stream");
        }
        requireWritable();
        return streamWriter(out, options, false);
    }

    private DatasetWriter streamWriter(OutputStream out, ExportOptions options, boolean owns) {
        return switch (this) {
            case DOCCANO -> new DoccanoWriter(out, options, owns);
            case DOCCANO_REL -> new DoccanoRelWriter(out, options, owns);
            case PRODIGY -> new ProdigyWriter(out, options, owns);
            case CONLL -> new ConllWriter(out, options, owns);
            case LABELSTUDIO -> new LabelStudioWriter(out, options, owns);
            case CSV -> new CsvWriter(out, options, owns);
            case BRAT, TXT -> throw new UnsupportedOperationException(code + " has no stream writer");
        };
    }

    /** The reader of this format; {@link UnsupportedOperationException} when {@link #canRead()} is false. */
    public DatasetReader reader() {
        return switch (this) {
            case DOCCANO, DOCCANO_REL -> new DoccanoReader();
            case PRODIGY -> new ProdigyReader();
            case BRAT -> new BratReader();
            case CONLL -> new ConllReader();
            case LABELSTUDIO -> new LabelStudioReader();
            case TXT -> new TxtReader();
            case CSV -> throw new UnsupportedOperationException("csv is export only");
        };
    }

    private void requireWritable() {
        if (!canWrite()) {
            throw new UnsupportedOperationException(code + " is import only");
        }
    }

    @Override
    public String toString() {
        return code;
    }
}
