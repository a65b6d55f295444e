package org.newsmark.suggest.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.newsmark.bench.SyntheticCorpus;
import org.newsmark.model.Span;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;

/**
 * Developer tool: bytes allocated and CPU time of one {@code SuggestionEngine.suggest} over the workbench's
 * synthetic 1 MiB article (its 20,000 spans, the corpus memory taught by them), after warm-up. With a
 * file argument, also writes the engine's output there, one suggestion a line, to compare two builds.
 */
public final class EngineAllocation {

    private EngineAllocation() {
    }

    public static void main(String[] args) throws Exception {
        String text = SyntheticCorpus.article(1024 * 1024, 2);
        List<Span> spans = SyntheticCorpus.spans(text, 20_000, 5);
        CorpusMemory memory = new CorpusMemory();
        spans.forEach(s -> memory.observe(s.textIn(text), s.label()));
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), memory);
        SuggestionContext context = new SuggestionContext(text, spans, List.of(), java.util.Set.of());
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        int runs = Integer.getInteger("runs", 6);
        Suggestions out = null;
        var collectors = ManagementFactory.getGarbageCollectorMXBeans();
        for (int i = 0; i < runs; i++) {
            long collections = collectors.stream().mapToLong(c -> c.getCollectionCount()).sum();
            long collecting = collectors.stream().mapToLong(c -> c.getCollectionTime()).sum();
            long bytes = threads.getThreadAllocatedBytes(tid);
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            out = engine.suggest(context);
            System.out.printf(Locale.ROOT, "run %d: %.1f MB allocated, %.0f ms CPU, %.0f ms wall, %d collections (%d ms),"
                            + " %d spans, %d links%n", i,
                    (threads.getThreadAllocatedBytes(tid) - bytes) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
                    (System.nanoTime() - wall) / 1e6,
                    collectors.stream().mapToLong(c -> c.getCollectionCount()).sum() - collections,
                    collectors.stream().mapToLong(c -> c.getCollectionTime()).sum() - collecting,
                    out.spans().size(), out.links().size());
        }
        if (args.length > 0) {
            StringBuilder dump = new StringBuilder();
            out.spans().forEach(s -> dump.append(s).append('\n'));
            out.links().forEach(l -> dump.append(l).append('\n'));
            Files.writeString(Path.of(args[0]), dump);
        }
    }
}
