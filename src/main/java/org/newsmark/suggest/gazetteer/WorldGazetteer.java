package org.newsmark.suggest.gazetteer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.newsmark.suggest.pace.GiveWay;

/**
 * The world's place names (GeoNames towns of 5,000 people or more and seats of divisions, first-level
 * divisions, CLDR country names in every language, curated short forms, historical names, regions, seas
 * and sites) and where they occur in a text. Matching is whole-word and longest-first; a name matches in
 * its own spelling, or in capitals ({@code LONDON}) as a {@linkplain Hit#shouted() shouted} hit that the
 * caller accepts only where the text is set in capitals.
 */
public final class WorldGazetteer {

    /** Classpath location of the built gazetteer (see {@code src/build/gazetteer}). */
    public static final String RESOURCE = "/gazetteers/world-places.tsv.gz";

    /** One occurrence of a name in a text. */
    public record Hit(int start, int end, PlaceName place, boolean shouted) {
    }

    /** What loading cost, for the log and the benchmarks. */
    public record LoadStats(long millis, int entries, int nodes, long bytes) {
        @Override
        public String toString() {
            return "gazetteer load_ms=" + millis + " entries=" + entries + " trie_nodes=" + nodes + " bytes=" + bytes;
        }
    }

    private final NameTrie trie;
    /** All names, one after another; entry {@code i} is {@code names[nameStart[i] .. nameStart[i + 1])}. */
    private final char[] names;
    private final int[] nameStart;
    private final byte[] kinds;
    private final int[] populations;
    private final BitSet common;
    /**
     * Whether some name starts with a lower-case letter. No bundled name does, and a name must be spelt as in
     * the text or the text must be in capitals, so a word starting in lower case can then match nothing.
     */
    private final boolean lowerCaseInitials;
    /** Made at the first search, as the trie's hashed children are: start-up does not wait for it. */
    private volatile FirstWordFilter firstWords;
    private final LoadStats stats;

    private WorldGazetteer(Loader l, LoadStats stats) {
        this.trie = l.trie;
        this.names = l.names;
        this.nameStart = Arrays.copyOf(l.nameStart, l.entries + 1);
        this.kinds = Arrays.copyOf(l.kinds, l.entries);
        this.populations = Arrays.copyOf(l.populations, l.entries);
        this.common = l.common;
        this.lowerCaseInitials = l.lowerCaseInitials;
        this.stats = stats;
    }

    /** The bundled gazetteer, loaded once per process on first use. */
    public static WorldGazetteer shared() {
        return Shared.INSTANCE;
    }

    private static final class Shared {
        static final WorldGazetteer INSTANCE = load();
    }

    /** Reads {@link #RESOURCE}; fails with a clear message when the jar lacks it. */
    public static WorldGazetteer load() {
        long t0 = System.nanoTime();
        byte[] compressed;
        byte[] data;
        try (InputStream raw = WorldGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            compressed = raw.readAllBytes();
            data = new GZIPInputStream(new ByteArrayInputStream(compressed), 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
        Loader l = new Loader(data);
        l.run();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        return new WorldGazetteer(l, new LoadStats(ms, l.entries, l.trie.nodes(), compressed.length));
    }

    public LoadStats stats() {
        return stats;
    }

    public int size() {
        return kinds.length;
    }

    /** Longest whole-word names, left to right, not overlapping each other. */
    public List<Hit> find(CharSequence text) {
        trie.hashShallowChildren(); // at the first search rather than in the load, which start-up waits for
        FirstWordFilter firstWords = firstWords();
        List<Hit> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            if ((i & 4095) == 0) {
                GiveWay.checkpoint();
            }
            Hit best = (lowerCaseInitials || !Character.isLowerCase(text.charAt(i))) && firstWords.mayOpen(text, i)
                    ? longestAt(text, i) : null;
            if (best == null) {
                best = afterArticle(text, i);
            }
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private FirstWordFilter firstWords() {
        FirstWordFilter filter = firstWords;
        if (filter == null) { // threads that search at once may each make one; one is kept
            filter = new FirstWordFilter();
            for (int i = 0; i < kinds.length; i++) {
                filter.add(names, nameStart[i], nameStart[i + 1]);
            }
            firstWords = filter;
        }
        return filter;
    }

    /**
     * {@code the Gulf}, {@code the Channel}: a curated name whose {@code The} the text writes in lower case,
     * without the article, unless a longer name starts after it ({@code the Gulf of Mexico}).
     */
    private Hit afterArticle(CharSequence text, int start) {
        int after = start + 4;
        if (after >= text.length() || text.charAt(start) != 't' || text.charAt(start + 1) != 'h'
                || text.charAt(start + 2) != 'e' || text.charAt(start + 3) != ' '
                || !Character.isUpperCase(text.charAt(after))) {
            return null;
        }
        int node = NameTrie.root();
        int bestEnd = -1;
        int bestEntry = NameTrie.NONE;
        for (int j = start; j < text.length(); j++) {
            node = trie.child(node, NameTrie.fold(text.charAt(j)));
            if (node == NameTrie.NONE) {
                break;
            }
            int v = trie.value(node);
            int end = j + 1;
            if (v != NameTrie.NONE && end > after && (end == text.length() || !isWordChar(text.charAt(end)))
                    && kinds[v] == PlaceName.Kind.CURATED.ordinal() && names[nameStart[v]] == 'T'
                    && sameSpellingFrom(text, start + 1, v, 1)) {
                bestEnd = end;
                bestEntry = v;
            }
        }
        if (bestEntry == NameTrie.NONE) {
            return null;
        }
        Hit plain = longestAt(text, after);
        return plain != null && plain.end() > bestEnd ? null : new Hit(after, bestEnd, place(bestEntry), false);
    }

    private Hit longestAt(CharSequence text, int start) {
        int node = NameTrie.root();
        int bestEnd = -1;
        int bestEntry = NameTrie.NONE;
        boolean bestShouted = false;
        for (int j = start; j < text.length(); j++) {
            node = trie.child(node, NameTrie.fold(text.charAt(j)));
            if (node == NameTrie.NONE) {
                break;
            }
            int v = trie.value(node);
            int end = j + 1;
            if (v != NameTrie.NONE && (end == text.length() || !isWordChar(text.charAt(end))
                    || !isWordChar(text.charAt(j)))) {
                if (sameSpelling(text, start, v)) {
                    bestEnd = end;
                    bestEntry = v;
                    bestShouted = false;
                } else if (shouted(text, start, end)) {
                    bestEnd = end;
                    bestEntry = v;
                    bestShouted = true;
                }
            }
        }
        return bestEntry == NameTrie.NONE ? null : new Hit(start, bestEnd, place(bestEntry), bestShouted);
    }

    private PlaceName place(int i) {
        return new PlaceName(new String(names, nameStart[i], nameStart[i + 1] - nameStart[i]),
                PlaceName.Kind.values()[kinds[i]], populations[i], common.get(i));
    }

    private boolean sameSpelling(CharSequence text, int start, int entry) {
        return sameSpellingFrom(text, start, entry, 0);
    }

    /** The entry's name from its character {@code skip} on is spelt as the text from {@code start} on. */
    private boolean sameSpellingFrom(CharSequence text, int start, int entry, int skip) {
        int from = nameStart[entry] + skip;
        int n = nameStart[entry + 1] - from;
        for (int k = 0; k < n; k++) {
            char a = text.charAt(start + k);
            char b = names[from + k];
            if (a != b && !(NameTrie.fold(a) == '\'' && NameTrie.fold(b) == '\'')) {
                return false;
            }
        }
        return true;
    }

    /** No lower-case letter and at least two capitals: {@code LONDON}, {@code NEW YORK}. */
    private static boolean shouted(CharSequence text, int start, int end) {
        int upper = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return upper >= 2;
    }

    /** Letters, digits and combining marks (the vowel signs of Devanagari) make up words. */
    public static boolean isWordChar(char c) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }

    /**
     * Parses the UTF-8 lines {@code NAME TAB KIND TAB POPULATION TAB COMMON} straight into the trie and
     * the name pool, without a string per line; the header line {@code # entries=… nodes=… chars=…} sizes
     * the arrays once.
     */
    private static final class Loader {
        private final byte[] data;
        private final char[] key = new char[512];
        private int pos;
        private int line;
        private NameTrie trie;
        private char[] names;
        private int[] nameStart;
        private byte[] kinds;
        private int[] populations;
        private final BitSet common = new BitSet();
        private boolean lowerCaseInitials;
        private int entries;

        Loader(byte[] data) {
            this.data = data;
        }

        void run() {
            int entriesHint = 1024;
            int nodesHint = 1024;
            int charsHint = 8192;
            while (pos < data.length && data[pos] == '#') {
                String header = new String(data, pos, lineEnd() - pos, StandardCharsets.UTF_8);
                entriesHint = Math.max(entriesHint, number(header, "entries="));
                nodesHint = Math.max(nodesHint, number(header, "nodes="));
                charsHint = Math.max(charsHint, number(header, "chars="));
                nextLine();
            }
            trie = new NameTrie(nodesHint);
            names = new char[charsHint];
            nameStart = new int[entriesHint + 1];
            kinds = new byte[entriesHint];
            populations = new int[entriesHint];
            while (pos < data.length) {
                if (data[pos] == '\n' || data[pos] == '#') {
                    nextLine();
                } else {
                    readEntry();
                }
            }
        }

        private void readEntry() {
            int n = 0;
            while (pos < data.length && data[pos] != '\t' && data[pos] != '\n') {
                int b = data[pos] & 0xff;
                int width = b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
                if (pos + width > data.length || n + 2 > key.length) {
                    throw bad("broken name");
                }
                int cp = width == 1 ? b : b & (0xff >> (width + 1));
                for (int k = 1; k < width; k++) {
                    cp = (cp << 6) | (data[pos + k] & 0x3f);
                }
                pos += width;
                n += Character.toChars(cp, key, n);
            }
            if (n == 0 || pos + 2 >= data.length || data[pos] != '\t' || data[pos + 2] != '\t') {
                throw bad("expected NAME TAB KIND TAB POPULATION TAB COMMON");
            }
            PlaceName.Kind kind = PlaceName.Kind.of((char) data[pos + 1]);
            pos += 3;
            int population = 0;
            while (pos < data.length && data[pos] >= '0' && data[pos] <= '9') {
                population = population * 10 + (data[pos++] - '0');
            }
            if (pos + 1 >= data.length || data[pos] != '\t') {
                throw bad("expected a population and a common-word flag");
            }
            boolean isCommon = data[pos + 1] == '1';
            nextLine();
            add(n, kind, population, isCommon);
        }

        private void add(int n, PlaceName.Kind kind, int population, boolean isCommon) {
            int i = entries++;
            if (entries >= nameStart.length || i >= kinds.length) {
                int cap = entries * 2;
                nameStart = Arrays.copyOf(nameStart, cap + 1);
                kinds = Arrays.copyOf(kinds, cap);
                populations = Arrays.copyOf(populations, cap);
            }
            int at = nameStart[i];
            if (at + n > names.length) {
                names = Arrays.copyOf(names, Math.max(names.length * 2, at + n));
            }
            System.arraycopy(key, 0, names, at, n);
            lowerCaseInitials |= Character.isLowerCase(key[0]);
            nameStart[i + 1] = at + n;
            kinds[i] = (byte) kind.ordinal();
            populations[i] = population;
            common.set(i, isCommon);
            int old = trie.put(key, n, i);
            if (old != NameTrie.NONE && outranks(old, i)) {
                trie.put(key, n, old);
            }
        }

        /** Of two names folding alike, the more trusted kind wins, then the larger place. */
        private boolean outranks(int a, int b) {
            return kinds[a] < kinds[b] || (kinds[a] == kinds[b] && populations[a] > populations[b]);
        }

        private int lineEnd() {
            int e = pos;
            while (e < data.length && data[e] != '\n') {
                e++;
            }
            return e;
        }

        private void nextLine() {
            pos = lineEnd() + 1;
            line++;
        }

        private IllegalStateException bad(String what) {
            return new IllegalStateException(RESOURCE + ":" + (line + 1) + ": " + what);
        }

        private static int number(String header, String key) {
            int i = header.indexOf(key);
            if (i < 0) {
                return 0;
            }
            int s = i + key.length();
            int e = s;
            while (e < header.length() && Character.isDigit(header.charAt(e))) {
                e++;
            }
            return e > s ? Integer.parseInt(header, s, e, 10) : 0;
        }
    }
}
