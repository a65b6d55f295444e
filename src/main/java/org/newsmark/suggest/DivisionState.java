package org.newsmark.suggest;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code Rakhine State}, {@code in Myanmar's Kachin state.}: a first-level division written with {@code State} as its
 * head noun is one place, the head in it (as {@code Mysore district}). A head that goes on with a capitalised word
 * names a body ({@code Borno State Government}); a lower-case {@code state} before a noun describes that noun
 * ({@code Maryland state law}). A US state before {@code State} is a university or its team ({@code Ohio State},
 * {@code Penn State}), except {@code Washington State}, which tells the state from the city.
 */
final class DivisionState {

    private static final Pattern HEAD = Pattern.compile(" (?:State(?! \\p{Lu})\\b|state(?=[,.;:!?)]|$| (?:in|on|at|of|and|or|"
            + "to|from|near|since|last|this|earlier|where|which|that|after|before|when|was|is|has|had|have|were|are)\\b))");

    private static final Set<String> US_STATES = Set.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
            "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
            "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
            "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
            "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Penn",
            "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia",
            "West Virginia", "Wisconsin", "Wyoming");

    private DivisionState() {
    }

    /** Where the division named {@code name} ends, its {@code State} head in, or {@code end} unchanged. */
    static int end(String text, String name, int end) {
        if (US_STATES.contains(name)) {
            return end;
        }
        return AnchoredScan.at(HEAD, text, end).map(m -> m.end()).orElse(end);
    }
}
