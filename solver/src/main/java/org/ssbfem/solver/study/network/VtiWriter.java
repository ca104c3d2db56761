package org.ssbfem.solver.study.network;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes voxel data as a VTK XML ImageData file ({@code .vti}, ParaView opens it): one cell per
 * voxel, origin 0, spacing the voxel edge in metres, cell arrays in appended raw binary
 * (little-endian, UInt64 block headers). An image needs no connectivity, so this is about 20 times
 * smaller than the same voxels as an unstructured grid.
 */
final class VtiWriter {
    private VtiWriter() {
    }

    /**
     * @param file output file (replaced)
     * @param dims {nx, ny, nz} voxels (nz = 1 for 2D)
     * @param spacingM voxel edge, metres
     * @param phase phase code per voxel ({@code se} 0, {@code cam} 1, {@code cbd} 2, {@code void} 3)
     * @param cluster cluster id per voxel (-1 void)
     * @param connected 1 where the voxel's cluster reaches its terminal, else 0
     */
    static void write(Path file, int[] dims, double spacingM, byte[] phase, int[] cluster, byte[] connected)
            throws IOException {
        long n = phase.length;
        String extent = String.format(Locale.ROOT, "0 %d 0 %d 0 %d", dims[0], dims[1], dims[2] == 1 ? 0 : dims[2]);
        String h = String.format(Locale.ROOT, "%.9g", spacingM);
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\"?>\n<VTKFile type=\"ImageData\" version=\"1.0\" byte_order=\"LittleEndian\" ")
                .append("header_type=\"UInt64\">\n")
                .append("  <ImageData WholeExtent=\"").append(extent).append("\" Origin=\"0 0 0\" Spacing=\"")
                .append(h).append(' ').append(h).append(' ').append(h).append("\">\n")
                .append("    <Piece Extent=\"").append(extent).append("\">\n      <CellData Scalars=\"phase\">\n");
        long off = 0;
        off = array(x, "phase", "UInt8", off, n);
        off = array(x, "cluster", "Int32", off, 4 * n);
        array(x, "connected", "UInt8", off, n);
        x.append("      </CellData>\n    </Piece>\n  </ImageData>\n  <AppendedData encoding=\"raw\">\n   _");
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            out.write(x.toString().getBytes(StandardCharsets.US_ASCII));
            block(out, n);
            out.write(phase);
            block(out, 4 * n);
            ints(out, cluster);
            block(out, n);
            out.write(connected);
            out.write("\n  </AppendedData>\n</VTKFile>\n".getBytes(StandardCharsets.US_ASCII));
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static long array(StringBuilder x, String name, String type, long offset, long bytes) {
        x.append("        <DataArray type=\"").append(type).append("\" Name=\"").append(name)
                .append("\" format=\"appended\" offset=\"").append(offset).append("\"/>\n");
        return offset + 8 + bytes;
    }

    private static void block(OutputStream out, long bytes) throws IOException {
        out.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(bytes).array());
    }

    private static void ints(OutputStream out, int[] v) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int x : v) {
            if (!b.hasRemaining()) {
                out.write(b.array(), 0, b.position());
                b.clear();
            }
            b.putInt(x);
        }
        out.write(b.array(), 0, b.position());
    }
}
