package org.newsmark.suggest.gazetteer;

import java.util.Set;
import java.util.regex.Pattern;
import org.newsmark.text.WordSet;

/**
 * Whether a text is sports news, where the names of towns and counties are mostly clubs
 * ({@code Essex need another 148}, {@code Milwaukee has won 10 of its last 15}): a sports heading,
 * or words of results and play making up at least one word in a hundred.
 */
final class SportsText {

    private static final Pattern HEADING = Pattern.compile("(?:SOCCER|CRICKET|RUGBY(?: UNION| LEAGUE)?|TENNIS"
            + "|BASEBALL|BASKETBALL|GOLF|ATHLETICS|CYCLING|BOXING|MOTOR ?RACING|MOTORCYCLING|ICE HOCKEY|HOCKEY"
            + "|HORSE RACING|AMERICAN FOOTBALL|NFL|NBA|NHL|SKIING|SWIMMING|FORMULA ONE|SQUASH|BADMINTON|VOLLEYBALL"
            + "|HANDBALL|ROWING|SAILING|YACHTING|TRIATHLON|SPORTS?)\\b");
    private static final WordSet CUES = WordSet.of(Set.of("goal", "goals", "striker", "midfielder", "goalkeeper", "innings",
            "wicket", "wickets", "batsman", "bowler", "homer", "homered", "inning", "pitcher", "pitched", "touchdown",
            "quarterback", "league", "championship", "tournament", "seeded", "semifinal", "semi-final", "quarterfinal",
            "quarter-final", "playoff", "playoffs", "penalty", "match", "matches", "season", "coach", "captain",
            "scored", "scoring", "defeated", "beat", "draw", "drew", "points", "unbeaten", "title", "cup", "club",
            "clubs", "players", "fixture", "fixtures", "standings", "runs", "overs", "tries", "rebounds", "lap",
            "laps", "podium", "medal", "champion", "champions", "squad", "stadium", "referee", "wins"));
    private static final int MIN_CUES = 5;
    private static final int WORDS_PER_CUE = 100;

    private SportsText() {
    }

    static boolean isSports(String text) {
        if (LineOpenings.any(HEADING, text)) { // a line that opens with a sport's name in capitals
            return true;
        }
        int words = 0;
        int cues = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < n && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            words++;
            if (CUES.contains(text, s, i)) {
                cues++;
            }
        }
        return cues >= MIN_CUES && cues * WORDS_PER_CUE >= words;
    }
}
