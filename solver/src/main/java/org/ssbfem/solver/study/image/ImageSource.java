package org.ssbfem.solver.study.image;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.voxel.ImageOps;
import org.ssbfem.mesh.voxel.ImageReaders;
import org.ssbfem.mesh.voxel.LabelImage;
import org.ssbfem.mesh.voxel.PhaseImage;
import org.ssbfem.mesh.voxel.PhaseMap;
import org.ssbfem.mesh.voxel.RawImage;
import org.ssbfem.solver.casefile.CaseNode;

/**
 * {@code microstructure.source: image}: a segmented voxel image (multi-page TIFF, 2D TIFF/PNG
 * section, folder of slices, or raw binary) with its voxel size, label-to-phase map, crop and
 * downsampling. {@link #read} checks every key (before any expensive work); {@link #load} reads
 * the file. Image columns are x (through the thickness: the anode at column 0, the collector at
 * the last column), rows y, slices z.
 */
public final class ImageSource {
    private static final Logger LOG = LoggerFactory.getLogger(ImageSource.class);

    private final Path file;
    private final String format;
    private final double voxelSizeM;
    private final PhaseMap map;
    private final RawSpec raw;
    private final int[] cropFrom;
    private final int[] cropSize;
    private final int downsample;
    private final CaseNode ms;

    /** Raw-file layout: {@code microstructure.raw}. */
    private record RawSpec(int[] dims, RawImage.Type type, ByteOrder order, long headerBytes) { }

    private ImageSource(CaseNode ms, Path file, String format, double voxelSizeM, PhaseMap map, RawSpec raw,
                        int[] cropFrom, int[] cropSize, int downsample) {
        this.ms = ms;
        this.file = file;
        this.format = format;
        this.voxelSizeM = voxelSizeM;
        this.map = map;
        this.raw = raw;
        this.cropFrom = cropFrom;
        this.cropSize = cropSize;
        this.downsample = downsample;
    }

    /**
     * Reads and checks the keys of {@code ms} (the {@code microstructure} mapping).
     *
     * @param file the image file or folder, already resolved against the case folder
     */
    public static ImageSource read(CaseNode ms, Path file) {
        String format = ms.choice("format", "auto", "auto", "tiff", "png", "folder", "raw");
        double h = ImageSections.voxelSize(ms);
        PhaseMap map = new PhaseMap(ImageSections.labels(ms), ms.integer("max_labels", PhaseMap.DEFAULT_MAX_LABELS));
        RawSpec raw = "raw".equals(format) || ms.has("raw") ? rawSpec(ms.section("raw")) : null;
        int[] from = null;
        int[] size = null;
        if (ms.has("crop")) {
            CaseNode c = ms.section("crop");
            from = ImageSections.ints(c, "from", 3);
            size = ImageSections.ints(c, "size", 3);
        }
        int down = ms.integer("downsample", 1);
        if (down < 1) {
            throw ms.error("downsample", "must be a whole number >= 1, got " + down, "use 1 (none), 2, 3, ...");
        }
        return new ImageSource(ms, file, format, h, map, raw, from, size, down);
    }

    private static RawSpec rawSpec(CaseNode r) {
        int[] dims = ImageSections.ints(r, "dims", 3);
        for (int d : dims) {
            if (d < 1) {
                throw r.error("dims", "dimensions must be >= 1", "give [nx, ny, nz] in voxels (nz = 1 for a 2D section)");
            }
        }
        RawImage.Type type = RawImage.Type.valueOf(r.choice("type", "uint8", "uint8", "uint16").toUpperCase(Locale.ROOT));
        ByteOrder order = "big".equals(r.choice("byte_order", "little", "little", "big"))
                ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        long header = r.integer("header_bytes", 0);
        if (header < 0) {
            throw r.error("header_bytes", "must be >= 0", "give the number of bytes before the first voxel");
        }
        return new RawSpec(dims, type, order, header);
    }

    /** The configured voxel size, metres (before downsampling). */
    public double voxelSizeM() { return voxelSizeM; }

    /**
     * Reads the image, maps labels to phases, crops and downsamples.
     *
     * @throws InputError for a missing or unreadable file, mismatched slices, a file that is no
     *     label image, or labels the map does not name
     */
    public PhaseImage load() throws IOException {
        long t0 = System.nanoTime();
        LabelImage labels = readLabels();
        PhaseImage img = map.apply(labels, voxelSizeM, file.toString());
        if (cropFrom != null) {
            CaseNode c = ms.find("crop");
            img = ImageOps.crop(img, cropFrom, cropSize, c.where() + " (" + c.path() + ")");
        }
        if (downsample > 1) {
            img = ImageOps.downsample(img, downsample, ms.path() + ".downsample");
        }
        LOG.info("image {}: {} x {} x {} voxels of {} um ({} s)", file.getFileName(), img.nx(), img.ny(), img.nz(),
                img.voxelSizeM() * 1e6, String.format(Locale.ROOT, "%.2f", (System.nanoTime() - t0) * 1e-9));
        return img;
    }

    private LabelImage readLabels() throws IOException {
        String f = format;
        if ("auto".equals(f)) {
            f = raw != null ? "raw" : Files.isDirectory(file) ? "folder" : "tiff";
        }
        return switch (f) {
            case "raw" -> {
                if (raw == null) {
                    throw ms.error("raw", "format: raw needs the raw layout", "add raw: {dims: [nx, ny, nz], type: uint8}");
                }
                yield RawImage.read(file, raw.dims(), raw.type(), raw.order(), raw.headerBytes());
            }
            case "folder" -> ImageReaders.folder(file);
            default -> ImageReaders.stack(file);
        };
    }
}
