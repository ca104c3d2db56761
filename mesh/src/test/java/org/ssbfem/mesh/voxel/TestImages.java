package org.ssbfem.mesh.voxel;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes small label images for reader tests. */
final class TestImages {
    interface Label {
        int at(int i, int j, int k);
    }

    private TestImages() {
    }

    /** A single-channel image of {@code type} (TYPE_BYTE_GRAY or TYPE_USHORT_GRAY), slice k. */
    static BufferedImage slice(int w, int h, int k, int type, Label f) {
        BufferedImage img = new BufferedImage(w, h, type);
        WritableRaster r = img.getRaster();
        for (int j = 0; j < h; j++) {
            for (int i = 0; i < w; i++) {
                r.setSample(i, j, 0, f.at(i, j, k));
            }
        }
        return img;
    }

    /** A multi-page TIFF with one page per slice. */
    static Path tiffStack(Path file, int w, int h, int d, int type, Label f) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("tiff");
        ImageWriter writer = it.next();
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (int k = 0; k < d; k++) {
                writer.writeToSequence(new IIOImage(slice(w, h, k, type, f), null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** One PNG or TIFF per slice, named {@code prefix<k>.ext}. */
    static Path slices(Path dir, String prefix, String format, int w, int h, int d, Label f) throws IOException {
        Files.createDirectories(dir);
        for (int k = 0; k < d; k++) {
            ImageIO.write(slice(w, h, k, BufferedImage.TYPE_BYTE_GRAY, f), format, dir.resolve(prefix + k + "." + format).toFile());
        }
        return dir;
    }
}
