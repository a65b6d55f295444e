package org.newsmark.suggest;

import java.util.Set;

/**
 * {@code Rakhine State}, {@code in Myanmar's Kachin state.}: a first-level division written with {@code State} as its
 * head noun is one place, the head in it (as {@code Mysore district}). A head that goes on with a capitalised word
 * names a body ({@code Borno State Government}); a lower-case {@code state} before a noun describes that noun
 * ({@code Kaduna state governor}). A US state before {@code State} is a university or its team ({@code Ohio State},
 * {@code Michigan State}), except {@code Washington State}, which tells the state from the city.
 */
final class DivisionState {

    private static final Set<String> US_STATES = Set.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
            "Colorado", "Connecticut", "Delaware", "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
            "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
            "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico",
            "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
            "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia",
            "Wisconsin", "Wyoming");
    private static final String HEAD = " State";
    private static final String LOWER_HEAD = " state";

    private DivisionState() {
    }

    /** Where the division named {@code name} ends, its {@code State} head in, or {@code end} unchanged. */
    static int end(String text, String name, int end) {
        int headEnd = end + HEAD.length();
        if (US_STATES.contains(name) || headEnd > text.length()
                || headEnd < text.length() && Character.isLetterOrDigit(text.charAt(headEnd))) {
            return end;
        }
        if (text.startsWith(HEAD, end)) {
            boolean nameGoesOn = headEnd + 1 < text.length() && text.charAt(headEnd) == ' ' && Character.isUpperCase(text.charAt(headEnd + 1));
            return nameGoesOn ? end : headEnd;
        }
        return text.startsWith(LOWER_HEAD, end) && !PlaceRecommender.nounAfter(text, headEnd) ? headEnd : end;
    }
}
