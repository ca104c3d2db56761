package org.ssbfem.mesh.voxel;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ssbfem.mesh.InputError;

/**
 * Reads a raw binary label volume: {@code nx * ny * nz} unsigned 8- or 16-bit integers, x fastest,
 * then y, then z, no header (or a header of {@code headerBytes} skipped). The file size must match
 * exactly, which catches wrong dimensions or types early.
 */
public final class RawImage {
    /** Sample type of a raw file. */
    public enum Type {
        UINT8(1), UINT16(2);

        private final int bytes;

        Type(int bytes) {
            this.bytes = bytes;
        }

        /** Bytes per voxel. */
        public int bytes() { return bytes; }
    }

    private RawImage() {
    }

    /**
     * @param file the raw file
     * @param dims {nx, ny, nz}, each &gt;= 1
     * @param type sample type
     * @param order byte order of 16-bit samples
     * @param headerBytes bytes to skip at the start, &gt;= 0
     * @throws InputError if the file is missing or its size does not match the dimensions and type
     */
    public static LabelImage read(Path file, int[] dims, Type type, ByteOrder order, long headerBytes) throws IOException {
        ImageReaders.requireFile(file);
        long n = (long) dims[0] * dims[1] * dims[2];
        long expected = headerBytes + n * type.bytes();
        long size = Files.size(file);
        if (size != expected) {
            throw new InputError(file.toString(), "file has " + size + " bytes but " + dims[0] + " x " + dims[1] + " x "
                    + dims[2] + " " + type.name().toLowerCase(java.util.Locale.ROOT) + " voxels"
                    + (headerBytes > 0 ? " after a " + headerBytes + "-byte header" : "") + " need " + expected,
                    "check microstructure.dims (x fastest), microstructure.type and header_bytes");
        }
        if (n > Integer.MAX_VALUE - 8) {
            throw new InputError(file.toString(), "volume of " + n + " voxels exceeds 2^31", "crop it before reading");
        }
        byte[] bytes = Files.readAllBytes(file);
        if (type == Type.UINT8) {
            byte[] out = headerBytes == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, (int) headerBytes, bytes.length);
            return LabelImage.ofU8(dims[0], dims[1], dims[2], out);
        }
        short[] out = new short[(int) n];
        ByteBuffer.wrap(bytes, (int) headerBytes, (int) (2 * n)).order(order).asShortBuffer().get(out);
        return LabelImage.ofU16(dims[0], dims[1], dims[2], out);
    }
}
