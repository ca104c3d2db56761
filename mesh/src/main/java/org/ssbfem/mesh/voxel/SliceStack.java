package org.ssbfem.mesh.voxel;

import java.awt.image.Raster;
import org.ssbfem.mesh.InputError;

/**
 * Assembles 2D label rasters, one per slice in z order, into a {@link LabelImage}. The first slice
 * fixes width, height and bit depth; a slice that differs is refused naming both sizes.
 */
final class SliceStack {
    private final int slices;
    private int width = -1;
    private int height;
    private int bits;
    private int filled;
    private byte[] u8;
    private short[] u16;

    /** @param slices number of slices that will be added */
    SliceStack(int slices) {
        this.slices = slices;
    }

    /**
     * Adds the next slice.
     *
     * @param r the slice's labels
     * @param where the file (and page) it came from, for messages
     * @throws InputError for a raster that is no label image or whose size or depth differs from
     *     the first slice's
     */
    void add(Raster r, String where) {
        int b = RasterLabels.bits(r, where);
        if (width < 0) {
            start(r.getWidth(), r.getHeight(), b, where);
        } else if (r.getWidth() != width || r.getHeight() != height || b != bits) {
            throw new InputError(where, "slice is " + r.getWidth() + " x " + r.getHeight() + " pixels, " + b
                    + " bit, but the first slice is " + width + " x " + height + ", " + bits + " bit",
                    "export every slice of the stack with the same size and bit depth");
        }
        int offset = filled * width * height;
        if (bits == 8) {
            RasterLabels.copy8(r, u8, offset);
        } else {
            RasterLabels.copy16(r, u16, offset);
        }
        filled++;
    }

    private void start(int w, int h, int b, String where) {
        long n = (long) w * h * slices;
        if (n > Integer.MAX_VALUE - 8) {
            throw new InputError(where, "the stack has " + n + " voxels, more than 2^31",
                    "crop the image before reading it (or downsample it)");
        }
        width = w;
        height = h;
        bits = b;
        if (b == 8) {
            u8 = new byte[(int) n];
        } else {
            u16 = new short[(int) n];
        }
    }

    /** The image; every slice must have been added. */
    LabelImage image() {
        if (filled != slices || width < 0) {
            throw new IllegalStateException(filled + " of " + slices + " slices added");
        }
        return bits == 8 ? LabelImage.ofU8(width, height, slices, u8) : LabelImage.ofU16(width, height, slices, u16);
    }
}
