package org.newsmark.ui;

import java.util.Arrays;
import java.util.Locale;

/**
 * A label's colour as drawn on the dark theme's page. The labels' colours are chosen for a white page:
 * on Primer Dark's {@value #DARK_PAGE} the Okabe–Ito blue {@code #0072B2} stands at 3.6:1, under the
 * 4.5:1 WCAG AA asks of text, and its 1 px dashed outlines are faint. A colour short of
 * {@value #TEXT_CONTRAST}:1 against the page is lightened in OKLab, a perceptual space, by the least step
 * toward white that reaches it: its OKLab lightness rises, its hue (the angle of a and b) stays, and so
 * does its chroma as far as sRGB can show it (mixing toward white instead greyed the speaker's blue to
 * #3382BB; kept, it is #2182C3), and only as much lighter as it needs. A colour that reaches it already
 * is kept as it is, so light colours and the light theme look as they always did. One colour serves the
 * label's text, underlines, outlines and dots: reaching the text's 4.5:1 it also reaches the 3:1 asked of
 * graphics, on the page and on the slightly lighter {@value #DARK_SUBTLE} of the bars.
 *
 * <p>Pure arithmetic on {@code #rrggbb} strings (the form {@link org.newsmark.model.Label} keeps), no JavaFX.
 */
public final class LabelColours {

    /** Primer Dark's page, {@code -color-bg-default}: the article, the tag bar and the span table. */
    public static final String DARK_PAGE = "#0d1117";
    /** Primer Dark's {@code -color-bg-subtle}: the status bar. */
    public static final String DARK_SUBTLE = "#161b22";
    /** WCAG 2 AA, normal text. */
    public static final double TEXT_CONTRAST = 4.5;
    /** WCAG 2 AA, graphical objects (WCAG 2.1, 1.4.11). */
    public static final double GRAPHIC_CONTRAST = 3.0;
    /** Steps of the mix toward white: the least of them that reaches the target is taken. */
    private static final int STEPS = 200;
    /** Steps of the chroma given up, where sRGB cannot show a lighter colour at the chroma it had. */
    private static final int CHROMA_STEPS = 100;
    private static final double GAMUT_SLACK = 1e-6;

    private LabelColours() {
    }

    /** {@code colour} as the dark theme draws it: lightened, if it must be, to {@value #TEXT_CONTRAST}:1 on the page. */
    public static String onDark(String colour) {
        return lightened(colour, DARK_PAGE, TEXT_CONTRAST);
    }

    /**
     * {@code colour} if it stands at {@code target}:1 against the dark {@code background} already, else
     * the least mix of it toward white in OKLab that does (white at worst), as {@code #RRGGBB}.
     */
    public static String lightened(String colour, String background, double target) {
        if (contrast(colour, background) >= target) {
            return colour;
        }
        double[] lab = oklab(rgb(colour));
        for (int step = 1; step < STEPS; step++) {
            String lighter = hex(gamma(within(lab[0] + (1 - lab[0]) * step / STEPS, lab[1], lab[2])));
            if (contrast(lighter, background) >= target) {
                return lighter;
            }
        }
        return "#FFFFFF";
    }

    /** The WCAG 2 contrast ratio of two colours, 1 to 21. */
    public static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The WCAG 2 relative luminance of a colour, 0 (black) to 1 (white). */
    public static double luminance(String colour) {
        double[] c = linear(rgb(colour));
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }

    /** The OKLab hue angle of a colour, in degrees (for telling that lightening kept the hue). */
    public static double hue(String colour) {
        double[] lab = oklab(rgb(colour));
        return Math.toDegrees(Math.atan2(lab[2], lab[1]));
    }

    /** The OKLab lightness of a colour, 0 to 1. */
    public static double lightness(String colour) {
        return oklab(rgb(colour))[0];
    }

    /** {@code #rrggbb} as sRGB channels 0 to 1. */
    private static double[] rgb(String colour) {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + colour);
        }
        int v = Integer.parseInt(colour.substring(1), 16);
        return new double[] {(v >> 16 & 0xff) / 255.0, (v >> 8 & 0xff) / 255.0, (v & 0xff) / 255.0};
    }

    private static String hex(double[] rgb) {
        int[] c = new int[3];
        for (int i = 0; i < 3; i++) {
            c[i] = (int) Math.round(Math.max(0, Math.min(1, rgb[i])) * 255);
        }
        return String.format(Locale.ROOT, "#%02X%02X%02X", c[0], c[1], c[2]);
    }

    private static double[] linear(double[] rgb) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i];
            out[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return out;
    }

    private static double[] gamma(double[] linear) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Math.max(0, Math.min(1, linear[i]));
            out[i] = c <= 0.0031308 ? c * 12.92 : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;
        }
        return out;
    }

    /** sRGB to OKLab (Björn Ottosson, 2020). */
    private static double[] oklab(double[] rgb) {
        double[] c = linear(rgb);
        double l = Math.cbrt(0.4122214708 * c[0] + 0.5363325363 * c[1] + 0.0514459929 * c[2]);
        double m = Math.cbrt(0.2119034982 * c[0] + 0.6806995451 * c[1] + 0.1073969566 * c[2]);
        double s = Math.cbrt(0.0883024619 * c[0] + 0.2817188376 * c[1] + 0.6299787005 * c[2]);
        return new double[] {
            0.2104542553 * l + 0.7936177850 * m - 0.0040720468 * s,
            1.9779984951 * l - 2.4285922050 * m + 0.4505937099 * s,
            0.0259040371 * l + 0.7827717662 * m - 0.8086757660 * s};
    }

    /**
     * The colour of OKLab lightness {@code l} and the hue of {@code a}, {@code b}, with their chroma if
     * sRGB can show it, else with the most it can show (less as the colour nears white), in linear sRGB.
     */
    private static double[] within(double l, double a, double b) {
        for (int k = CHROMA_STEPS; k > 0; k--) {
            double[] rgb = linear(l, a * k / CHROMA_STEPS, b * k / CHROMA_STEPS);
            if (Arrays.stream(rgb).allMatch(c -> c >= -GAMUT_SLACK && c <= 1 + GAMUT_SLACK)) {
                return rgb;
            }
        }
        return linear(l, 0, 0);
    }

    /** OKLab to linear sRGB (Björn Ottosson, 2020), not clipped. */
    private static double[] linear(double lightness, double a, double b) {
        double l = Math.pow(lightness + 0.3963377774 * a + 0.2158037573 * b, 3);
        double m = Math.pow(lightness - 0.1055613458 * a - 0.0638541728 * b, 3);
        double s = Math.pow(lightness - 0.0894841775 * a - 1.2914855480 * b, 3);
        return new double[] {
            4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
            -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
            -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s};
    }
}
