package org.newsmark.suggest;

import java.util.Optional;
import org.newsmark.model.TextRange;

/**
 * A quote (direct or reported) with the attribution it belongs to, if one was found.
 *
 * @param how one line saying why this attribution was chosen
 */
record AttributedQuote(TextRange quote, boolean direct, Optional<Attribution> attribution, String how) {
}
