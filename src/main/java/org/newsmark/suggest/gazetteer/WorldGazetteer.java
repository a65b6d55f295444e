package org.newsmark.suggest.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The world's place names (GeoNames cities of 1,000 people or more, first- and second-level divisions,
 * CLDR country names in every language, curated short forms, historical names, regions, seas and
 * sites) and where they occur in a text. Matching is whole-word and longest-first; a name matches in
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
    private final PlaceName[] places;
    private final LoadStats stats;

    private WorldGazetteer(NameTrie trie, PlaceName[] places, LoadStats stats) {
        this.trie = trie;
        this.places = places;
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
        try (InputStream raw = WorldGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            CountingStream counted = new CountingStream(raw);
            BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(counted, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16);
            NameTrie trie = new NameTrie();
            List<PlaceName> places = new ArrayList<>(320_000);
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                PlaceName p = parse(line, lineNo);
                int old = trie.put(p.name(), places.size());
                if (old != NameTrie.NONE && places.get(old).outranks(p)) {
                    trie.put(p.name(), old);
                }
                places.add(p);
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            return new WorldGazetteer(trie, places.toArray(PlaceName[]::new),
                    new LoadStats(ms, places.size(), trie.nodes(), counted.count));
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + ": " + e.getMessage(), e);
        }
    }

    private static PlaceName parse(String line, int lineNo) {
        int t1 = line.indexOf('\t');
        int t2 = line.indexOf('\t', t1 + 1);
        int t3 = line.indexOf('\t', t2 + 1);
        if (t1 <= 0 || t2 != t1 + 2 || t3 < 0) {
            throw new IllegalStateException(RESOURCE + ":" + lineNo + ": expected NAME TAB KIND TAB POPULATION TAB COMMON");
        }
        return new PlaceName(line.substring(0, t1), PlaceName.Kind.of(line.charAt(t1 + 1)),
                Integer.parseInt(line, t2 + 1, t3, 10), line.charAt(t3 + 1) == '1');
    }

    public LoadStats stats() {
        return stats;
    }

    public int size() {
        return places.length;
    }

    /** Longest whole-word names, left to right, not overlapping each other. */
    public List<Hit> find(CharSequence text) {
        List<Hit> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i)) || (i > 0 && isWordChar(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            Hit best = longestAt(text, i);
            if (best != null) {
                out.add(best);
                i = best.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private Hit longestAt(CharSequence text, int start) {
        int node = NameTrie.root();
        Hit best = null;
        for (int j = start; j < text.length(); j++) {
            node = trie.child(node, NameTrie.fold(text.charAt(j)));
            if (node == NameTrie.NONE) {
                break;
            }
            int v = trie.value(node);
            int end = j + 1;
            if (v != NameTrie.NONE && (end == text.length() || !isWordChar(text.charAt(end))
                    || !isWordChar(text.charAt(j)))) {
                PlaceName p = places[v];
                if (sameSpelling(text, start, p.name())) {
                    best = new Hit(start, end, p, false);
                } else if (shouted(text, start, end)) {
                    best = new Hit(start, end, p, true);
                }
            }
        }
        return best;
    }

    private static boolean sameSpelling(CharSequence text, int start, String name) {
        for (int k = 0; k < name.length(); k++) {
            char a = text.charAt(start + k);
            char b = name.charAt(k);
            if (a != b && !(a == '’' && b == '\'')) {
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

    /** Counts the compressed bytes read. */
    private static final class CountingStream extends java.io.FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int r = super.read(b, off, len);
            if (r > 0) {
                count += r;
            }
            return r;
        }
    }
}
