package org.newsmark.suggest.gazetteer;

/**
 * One name of the world gazetteer.
 *
 * @param name       the name as written in the data ({@code Nice}, {@code भारत}, {@code DRC})
 * @param kind       where it comes from, see {@link Kind}
 * @param population people living there, 0 when unknown or not a settlement
 * @param common     whether the name is also a frequent lowercase English word ({@code Reading}, {@code Mobile})
 */
public record PlaceName(String name, Kind kind, int population, boolean common) {

    /** The source of a name, from the most to the least trusted. */
    public enum Kind {
        /** Hand-curated: short forms, historical names, regions, seas, islands, sites. */
        CURATED('R'),
        /** A country or territory, CLDR English name. */
        COUNTRY('C'),
        /** A first-level division (state, province, region). */
        DIVISION('A'),
        /** A populated place. */
        SETTLEMENT('P'),
        /** Another name of a populated place (GeoNames alternate names: {@code Rangoon}, {@code Köln}). */
        ALTERNATE('L'),
        /** A country or territory named in another language. */
        FOREIGN_COUNTRY('F'),
        /** A second-level division (county, district). */
        SUBDIVISION('B');

        private final char code;

        Kind(char code) {
            this.code = code;
        }

        static Kind of(char code) {
            for (Kind k : values()) {
                if (k.code == code) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown place kind '" + code + "'");
        }
    }
}
