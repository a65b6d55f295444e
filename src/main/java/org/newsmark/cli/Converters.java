package org.newsmark.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsmark.io.DatasetFormat;
import org.newsmark.io.NestedPolicy;
import org.newsmark.io.OffsetUnit;
import org.newsmark.model.DocumentStatus;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values by the names the issue and the README use. */
final class Converters {

    private Converters() {
    }

    /** {@code auto} (empty) or a readable format. */
    static final class ImportFormat {
        public Optional<DatasetFormat> convert(String value) {
            if (value.trim().equalsIgnoreCase("auto")) {
                return Optional.empty();
            }
            return Optional.of(DatasetFormat.fromCode(value).filter(DatasetFormat::canRead)
                    .filter(f -> f != DatasetFormat.DOCCANO_REL).orElseThrow(() -> new TypeConversionException(
                            "'" + value + "' is not a format Newsmark imports (auto, " + names(true) + ")")));
        }
    }

    static final class ExportFormat implements ITypeConverter<DatasetFormat> {
        @Override
        public DatasetFormat convert(String value) {
            return DatasetFormat.fromCode(value).filter(DatasetFormat::canWrite).orElseThrow(() ->
                    new TypeConversionException("'" + value + "' is not a format Newsmark exports (" + names(false) + ")"));
        }
    }

    static String names(boolean readable) {
        return Arrays.stream(DatasetFormat.values())
                .filter(f -> readable ? f.canRead() && f != DatasetFormat.DOCCANO_REL : f.canWrite())
                .map(DatasetFormat::code).collect(Collectors.joining(", "));
    }

    static final class Offsets implements ITypeConverter<OffsetUnit> {
        @Override
        public OffsetUnit convert(String value) {
            return OffsetUnit.fromCode(value).orElseThrow(() -> new TypeConversionException(
                    "'" + value + "' is not an offset unit (codepoint or utf16)"));
        }
    }

    static final class Status implements ITypeConverter<DocumentStatus> {
        @Override
        public DocumentStatus convert(String value) {
            return DocumentStatus.fromCode(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a status (" + Arrays.stream(DocumentStatus.values()).map(DocumentStatus::code)
                    .collect(Collectors.joining(", ")) + ")"));
        }
    }

    static final class Nested implements ITypeConverter<NestedPolicy> {
        @Override
        public NestedPolicy convert(String value) {
            try {
                return NestedPolicy.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not a nested policy (outer or inner)");
            }
        }
    }
}
