package org.newsmark.suggest.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsmark.suggest.CorpusMemory;
import org.newsmark.suggest.Gazetteers;
import org.newsmark.suggest.SuggestionContext;
import org.newsmark.suggest.SuggestionEngine;
import org.newsmark.suggest.Suggestions;

/** Developer tool: prints the engine's suggestions for a text file. */
public final class ShowSuggestions {

    private ShowSuggestions() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        SuggestionEngine engine = SuggestionEngine.standard(Gazetteers.standard(), new CorpusMemory());
        Suggestions s = engine.suggest(SuggestionContext.of(text));
        s.spans().forEach(x -> System.out.printf("%-8s %4d-%4d %.2f [%s] %s   (%s)%n", x.label(), x.range().start(),
                x.range().end(), x.score(), x.range().of(text).replace("\n", "\\n"), "", x.reason()));
        s.links().forEach(l -> System.out.printf("LINK [%s] -> [%s]  (%s)%n",
                abbreviate(l.quote().textIn(text)), l.speaker().textIn(text), l.reason()));
    }

    private static String abbreviate(String s) {
        return s.length() > 50 ? s.substring(0, 25) + "…" + s.substring(s.length() - 20) : s;
    }
}
