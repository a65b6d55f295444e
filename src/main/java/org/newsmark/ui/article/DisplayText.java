package org.newsmark.ui.article;

/**
 * The article's text as the editor shows it, offset for offset the same as the stored text.
 * RichTextFX breaks lines at CR LF, CR and LF alike and keeps only an LF, which would shift every
 * offset after a Windows or old-Mac line break; here a CR LF becomes a space and an LF (the space
 * is invisible at the end of a line) and a lone CR an LF, so a UTF-16 index means the same character
 * in the editor, the store and every export.
 */
final class DisplayText {

    private DisplayText() {
    }

    static String of(String stored) {
        if (stored.indexOf('\r') < 0) {
            return stored;
        }
        StringBuilder shown = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c != '\r') {
                shown.append(c);
            } else {
                shown.append(i + 1 < stored.length() && stored.charAt(i + 1) == '\n' ? ' ' : '\n');
            }
        }
        return shown.toString();
    }
}
