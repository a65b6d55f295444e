package org.newsmark.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsmark.model.TextRange;

/**
 * Answers in an interview laid out as questions and answers: a paragraph opened by the answerer's label is the
 * label's quote — {@code ((Aparna Garg))  Yeah, it is rare.}, {@code NG: It is likely …} or {@code MS The results
 * suggest …} (initials of a name the text gives), {@code Jane Smith: We will …}. The interviewer's questions
 * ({@code ((WN))}, {@code Wikinews:}) are the article's own voice, and a label counts only when it opens two
 * paragraphs or more (or is in double brackets), so a paragraph that opens with {@code US officials} is no answer.
 */
final class InterviewAnswers {

    private static final Set<String> INTERVIEWERS = Set.of("WN", "Wikinews", "Q", "Question", "Interviewer");
    private static final int MAX_LABEL = 40;
    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,4}");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3}");

    private InterviewAnswers() {
    }

    private record Labelled(TextRange label, TextRange answer, boolean bracketed, boolean colon) {
    }

    /** The answers of {@code text}, one attribution each, in text order (a scan of paragraph starts only). */
    static List<Attribution> find(String text) {
        List<Labelled> found = new ArrayList<>();
        Map<String, Integer> count = new HashMap<>();
        for (int start = 0; start >= 0 && start < text.length(); start = nextParagraph(text, start)) {
            labelled(text, start).ifPresent(l -> {
                found.add(l);
                count.merge(l.label().of(text), 1, Integer::sum);
            });
        }
        List<Attribution> out = new ArrayList<>();
        Map<String, Boolean> initialsOfName = new HashMap<>();
        for (Labelled l : found) {
            String label = l.label().of(text);
            boolean repeated = count.get(label) >= 2;
            boolean initials = INITIALS.matcher(label).matches();
            boolean answer = l.bracketed()
                    || repeated && (initials ? initialsOfName.computeIfAbsent(label, x -> namesWithInitials(text, x))
                    : l.colon() && NAME.matcher(label).matches());
            if (answer) {
                out.add(new Attribution(l.label(), l.label(), true, Optional.of(l.answer()), l.answer().start()));
            }
        }
        return out;
    }

    private static int nextParagraph(String text, int from) {
        int nl = text.indexOf('\n', from);
        if (nl < 0) {
            return -1;
        }
        int p = nl;
        while (p < text.length() && Character.isWhitespace(text.charAt(p))) {
            p++;
        }
        return p;
    }

    /** A label at {@code start}, and the rest of the paragraph after it. */
    private static Optional<Labelled> labelled(String text, int start) {
        int newline = text.indexOf('\n', start);
        int lineEnd = newline < 0 ? text.length() : newline;
        int labelStart;
        int labelEnd;
        int after;
        boolean bracketed = text.startsWith("((", start);
        boolean colon = false;
        if (bracketed) {
            labelStart = start + 2;
            labelEnd = indexWithin(text, "))", labelStart, Math.min(lineEnd, labelStart + MAX_LABEL + 2));
            if (labelEnd < 0) {
                return Optional.empty();
            }
            after = labelEnd + 2;
        } else {
            labelStart = start;
            int colonAt = indexWithin(text, ":", start, Math.min(lineEnd, start + MAX_LABEL + 1));
            int space = indexWithin(text, " ", start, lineEnd);
            if (colonAt > start) {
                labelEnd = colonAt;
                colon = true;
            } else if (space > start && space < lineEnd) {
                labelEnd = space;
            } else {
                return Optional.empty();
            }
            after = colon ? labelEnd + 1 : labelEnd;
        }
        String label = text.substring(labelStart, labelEnd).strip();
        if (label.isEmpty() || INTERVIEWERS.contains(label) || !Character.isUpperCase(label.charAt(0))) {
            return Optional.empty();
        }
        while (after < lineEnd && (text.charAt(after) == ' ' || text.charAt(after) == ':')) {
            after++;
        }
        if (after >= lineEnd || !Character.isLetterOrDigit(text.charAt(after)) && "\"“'‘".indexOf(text.charAt(after)) < 0) {
            return Optional.empty();
        }
        TextRange answer = new TextRange(after, lineEnd).trimmedIn(text);
        TextRange l = new TextRange(labelStart, labelStart + text.substring(labelStart, labelEnd).stripTrailing().length());
        return answer.length() < 8 ? Optional.empty() : Optional.of(new Labelled(l, answer, bracketed, colon));
    }

    /** Where {@code s} starts in {@code [from, to)}, else -1: a search that stops at the line's end. */
    private static int indexWithin(String text, String s, int from, int to) {
        for (int i = from; i + s.length() <= to; i++) {
            if (text.startsWith(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the text names someone whose initials the label is: {@code NG} and {@code Natasha Gownaris}. */
    private static boolean namesWithInitials(String text, String initials) {
        StringBuilder p = new StringBuilder("\\b");
        for (int i = 0; i < initials.length(); i++) {
            p.append(i == 0 ? "" : " (?:\\p{Lu}\\.? )?").append(initials.charAt(i)).append("\\p{Ll}+");
        }
        return Pattern.compile(p.toString()).matcher(text).find();
    }
}
