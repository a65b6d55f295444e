package org.newsmark.ui.team;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import org.newsmark.io.AtomicOutput;

/** A node's picture as a PNG file, whole or not at all (no javafx-swing needed: the pixels are copied over). */
public final class PngFile {

    private PngFile() {
    }

    /** Takes the picture (on the screen's thread) and writes it. */
    public static void save(Node node, Path file) throws IOException {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(javafx.scene.paint.Color.TRANSPARENT);
        write(node.snapshot(parameters, null), file);
    }

    public static void write(Image image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, w, h, pixels, 0, w);
        try (AtomicOutput out = AtomicOutput.file(file)) {
            try (OutputStream stream = Files.newOutputStream(out.path())) {
                if (!javax.imageio.ImageIO.write(buffered, "png", stream)) {
                    throw new IOException("no PNG writer in this Java runtime");
                }
            }
            out.commit();
        }
    }
}
