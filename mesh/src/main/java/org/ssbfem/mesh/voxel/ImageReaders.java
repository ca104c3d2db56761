package org.ssbfem.mesh.voxel;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;

/**
 * Reads segmented label images: a multi-page TIFF stack (one page per z slice), a single 2D TIFF or
 * PNG (a section, nz = 1), or a folder of 2D TIFF/PNG slices in natural name order
 * ({@code s2.tif} before {@code s10.tif}). Decoding is done by ImageIO with the TwelveMonkeys TIFF
 * plugin, preferred over the JDK's own TIFF reader (8- and 16-bit, uncompressed, LZW, Deflate,
 * PackBits); raw binary volumes are read by
 * {@link RawImage}.
 */
public final class ImageReaders {
    private static final Logger LOG = LoggerFactory.getLogger(ImageReaders.class);

    private ImageReaders() {
    }

    /**
     * Reads every page of a TIFF (or the single image of a PNG) as z slices.
     *
     * @throws InputError if the file is missing, not a readable image, or not a label image
     */
    public static LabelImage stack(Path file) throws IOException {
        requireFile(file);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = readerFor(in, file);
            try {
                reader.setInput(in);
                int pages = reader.getNumImages(true);
                SliceStack stack = new SliceStack(pages);
                for (int p = 0; p < pages; p++) {
                    stack.add(reader.read(p).getRaster(), file + (pages > 1 ? " (page " + (p + 1) + ")" : ""));
                }
                LabelImage img = stack.image();
                LOG.info("read {}: {}", file.getFileName(), img);
                return img;
            } finally {
                reader.dispose();
            }
        }
    }

    /**
     * Reads a folder of 2D slices ({@code .tif}, {@code .tiff}, {@code .png}) in natural name order.
     *
     * @throws InputError if the folder holds no slices, or the slices differ in size or depth
     */
    public static LabelImage folder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new InputError(dir.toString(), "no such folder", "give the folder of the slice images");
        }
        List<Path> files = slices(dir);
        if (files.isEmpty()) {
            throw new InputError(dir.toString(), "no .tif, .tiff or .png slices in the folder",
                    "put the 2D label slices (one file per z) into the folder");
        }
        SliceStack stack = new SliceStack(files.size());
        for (Path f : files) {
            BufferedImage img = ImageIO.read(f.toFile());
            if (img == null) {
                throw new InputError(f.toString(), "not a readable TIFF or PNG image", "export the slice as TIFF or PNG");
            }
            stack.add(img.getRaster(), f.toString());
        }
        LabelImage img = stack.image();
        LOG.info("read {} slices from {}: {}", files.size(), dir, img);
        return img;
    }

    /** Slice files of a folder, natural order (digit runs compared as numbers). */
    static List<Path> slices(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> out = new ArrayList<>(s.filter(ImageReaders::isSlice).toList());
            out.sort((a, b) -> NaturalOrder.compare(a.getFileName().toString(), b.getFileName().toString()));
            return out;
        }
    }

    private static boolean isSlice(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return Files.isRegularFile(p) && (n.endsWith(".tif") || n.endsWith(".tiff") || n.endsWith(".png"));
    }

    private static ImageReader readerFor(ImageInputStream in, Path file) {
        if (in == null) {
            throw new InputError(file.toString(), "cannot open the file", "check the path and permissions");
        }
        Iterator<ImageReader> it = ImageIO.getImageReaders(in);
        if (!it.hasNext()) {
            throw new InputError(file.toString(), "not a TIFF or PNG image (no image reader recognises it)",
                    "give a multi-page TIFF, a PNG, a folder of slices, or format: raw with its dimensions");
        }
        ImageReader first = it.next();
        while (it.hasNext() && !first.getClass().getName().startsWith("com.twelvemonkeys")) {
            ImageReader next = it.next();
            if (next.getClass().getName().startsWith("com.twelvemonkeys")) {
                first.dispose();
                first = next;
            }
        }
        return first;
    }

    static void requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputError(file.toString(), "no such file", "check the path (relative to the case file)");
        }
    }
}
