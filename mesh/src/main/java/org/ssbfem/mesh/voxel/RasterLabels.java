package org.ssbfem.mesh.voxel;

import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import org.ssbfem.mesh.InputError;

/**
 * Copies the labels of one 2D image (an ImageIO {@link Raster}) into a slice of a label array,
 * refusing what is not a single-channel 8- or 16-bit integer image (colour, float, 1-bit,
 * 32-bit) with a message that names the file.
 */
final class RasterLabels {
    private RasterLabels() {
    }

    /**
     * Bits per label of {@code r}: 8 or 16.
     *
     * @throws InputError for anything that is not a single-band 8/16-bit integer raster
     */
    static int bits(Raster r, String where) {
        int bands = r.getNumBands();
        int type = r.getDataBuffer().getDataType();
        int size = r.getSampleModel().getSampleSize(0);
        if (bands != 1) {
            throw new InputError(where, "not a label image: " + bands + " channels (colour or alpha)",
                    "save the segmentation as a single-channel 8- or 16-bit image (one integer label per phase)");
        }
        boolean integer = type == DataBuffer.TYPE_BYTE || type == DataBuffer.TYPE_USHORT || type == DataBuffer.TYPE_SHORT;
        if (!integer || (size != 8 && size != 16)) {
            throw new InputError(where, "not a label image: " + size + "-bit "
                    + (integer ? "integer" : "floating point or 32-bit") + " samples",
                    "save the segmentation as an 8- or 16-bit unsigned integer image");
        }
        return size;
    }

    /** Copies the 8-bit labels of {@code r} into {@code out} from {@code offset} (row-major). */
    static void copy8(Raster r, byte[] out, int offset) {
        int w = r.getWidth();
        int h = r.getHeight();
        int[] row = new int[w];
        for (int j = 0; j < h; j++) {
            r.getSamples(r.getMinX(), r.getMinY() + j, w, 1, 0, row);
            int base = offset + j * w;
            for (int i = 0; i < w; i++) {
                out[base + i] = (byte) row[i];
            }
        }
    }

    /** Copies the 16-bit labels of {@code r} into {@code out} from {@code offset} (row-major). */
    static void copy16(Raster r, short[] out, int offset) {
        int w = r.getWidth();
        int h = r.getHeight();
        int[] row = new int[w];
        for (int j = 0; j < h; j++) {
            r.getSamples(r.getMinX(), r.getMinY() + j, w, 1, 0, row);
            int base = offset + j * w;
            for (int i = 0; i < w; i++) {
                out[base + i] = (short) row[i];
            }
        }
    }
}
