package org.newsmark.io;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns document names into file names that stay inside the output folder on every system: no
 * path separators, drive colons, control characters, leading dots or reserved Windows device names;
 * at most 100 characters; a name already given gets a {@code -2}, {@code -3}, ... suffix (compared
 * ignoring case, for case-insensitive file systems).
 */
final class SafeFileNames {

    private static final int MAX_LENGTH = 100;
    private static final Pattern RESERVED = Pattern.compile("(?i)(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?");

    private final Set<String> used = new HashSet<>();

    /** A safe name not given before by this instance. */
    String unique(String documentName) {
        String base = sanitize(documentName);
        String candidate = base;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    static String sanitize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            boolean bad = cp < 0x20 || cp == 0x7f || Character.isISOControl(cp) || "/\\:*?\"<>|".indexOf(cp) >= 0
                    || Character.getType(cp) == Character.FORMAT || Character.isSurrogate((char) cp) && cp < 0x10000;
            sb.appendCodePoint(bad ? '_' : cp);
        });
        String s = sb.toString().strip();
        int from = 0;
        while (from < s.length() && (s.charAt(from) == '.' || s.charAt(from) == ' ')) {
            from++;
        }
        s = s.substring(from);
        if (s.codePointCount(0, s.length()) > MAX_LENGTH) {
            s = s.substring(0, s.offsetByCodePoints(0, MAX_LENGTH));
        }
        int to = s.length();
        while (to > 0 && (s.charAt(to - 1) == '.' || s.charAt(to - 1) == ' ')) {
            to--;
        }
        s = s.substring(0, to);
        if (s.isEmpty()) {
            return "document";
        }
        return RESERVED.matcher(s).matches() ? "_" + s : s;
    }
}
