package org.ssbfem.post.vtk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of one VTK XML UnstructuredGrid file: the XML header, then either the data inline in
 * ASCII or appended raw binary blocks (each preceded by its UInt64 byte count), in the order the
 * header's offsets announce: point arrays, cell arrays, points, connectivity, offsets, types.
 */
final class VtuFile implements AtomicFile.Content {
    /** A data array together with the source index of each written tuple (null: identity). */
    record Mapped(DataArray array, int[] sourceIds) {
        int tuples() { return sourceIds == null ? array.tuples() : sourceIds.length; }

        long bytes() { return (long) tuples() * array.components() * array.valueBytes(); }

        int source(int tuple) { return sourceIds == null ? tuple : sourceIds[tuple]; }
    }

    /** A one-value field-data entry (e.g. TimeValue), written inline. */
    record Field(String name, String vtkType, String value) {
    }

    private final VtuPiece piece;
    private final double[] coords;
    private final List<Mapped> pointData;
    private final List<Mapped> cellData;
    private final List<Field> fieldData;
    private final boolean ascii;

    VtuFile(VtuPiece piece, double[] coords, List<Mapped> pointData, List<Mapped> cellData,
            List<Field> fieldData, boolean ascii) {
        this.piece = piece;
        this.coords = coords;
        this.pointData = pointData;
        this.cellData = cellData;
        this.fieldData = fieldData;
        this.ascii = ascii;
    }

    @Override
    public void writeTo(ByteSink out) throws IOException {
        List<Long> offsets = offsets();
        int block = 0;
        out.text("<?xml version=\"1.0\"?>\n<VTKFile type=\"UnstructuredGrid\" version=\"1.0\" "
                + "byte_order=\"LittleEndian\" header_type=\"UInt64\">\n<UnstructuredGrid>\n");
        writeFieldData(out);
        out.text("<Piece NumberOfPoints=\"" + piece.pointCount() + "\" NumberOfCells=\""
                + piece.cellCount() + "\">\n<PointData>\n");
        for (Mapped m : pointData) {
            arrayTag(out, m.array().vtkType(), m.array().name(), m.array().components(), offsets.get(block++));
            inline(out, () -> values(out, m));
        }
        out.text("</PointData>\n<CellData>\n");
        for (Mapped m : cellData) {
            arrayTag(out, m.array().vtkType(), m.array().name(), m.array().components(), offsets.get(block++));
            inline(out, () -> values(out, m));
        }
        out.text("</CellData>\n<Points>\n");
        arrayTag(out, "Float64", "Points", 3, offsets.get(block++));
        inline(out, () -> points(out));
        out.text("</Points>\n<Cells>\n");
        arrayTag(out, "Int32", "connectivity", 1, offsets.get(block++));
        inline(out, () -> connectivity(out));
        arrayTag(out, "Int64", "offsets", 1, offsets.get(block++));
        inline(out, () -> cellOffsets(out));
        arrayTag(out, "UInt8", "types", 1, offsets.get(block));
        inline(out, () -> types(out));
        out.text("</Cells>\n</Piece>\n</UnstructuredGrid>\n");
        if (!ascii) {
            appended(out);
        }
        out.text("</VTKFile>\n");
    }

    private void writeFieldData(ByteSink out) throws IOException {
        if (fieldData.isEmpty()) {
            return;
        }
        out.text("<FieldData>\n");
        for (Field f : fieldData) {
            out.text("<DataArray type=\"" + f.vtkType() + "\" Name=\"" + f.name()
                    + "\" NumberOfTuples=\"1\" format=\"ascii\">" + f.value() + "</DataArray>\n");
        }
        out.text("</FieldData>\n");
    }

    /** Offsets of the appended blocks, relative to the byte after '_'. */
    private List<Long> offsets() {
        List<Long> sizes = new ArrayList<>();
        pointData.forEach(m -> sizes.add(m.bytes()));
        cellData.forEach(m -> sizes.add(m.bytes()));
        sizes.add(24L * piece.pointCount());
        sizes.add(4L * piece.cellCount() * piece.type.nodes());
        sizes.add(8L * piece.cellCount());
        sizes.add((long) piece.cellCount());
        List<Long> offsets = new ArrayList<>();
        long at = 0;
        for (long s : sizes) {
            offsets.add(at);
            at += 8 + s;
        }
        offsets.add(at);
        return offsets;
    }

    private void arrayTag(ByteSink out, String type, String name, int components, long offset)
            throws IOException {
        out.text("<DataArray type=\"" + type + "\" Name=\"" + name + "\" NumberOfComponents=\""
                + components + "\" format=\"" + (ascii ? "ascii\">\n" : "appended\" offset=\"" + offset + "\"/>\n"));
    }

    private interface Body {
        void write() throws IOException;
    }

    /** In ASCII mode, writes the values and closes the DataArray element. */
    private void inline(ByteSink out, Body body) throws IOException {
        if (ascii) {
            body.write();
            out.text("\n</DataArray>\n");
        }
    }

    private void appended(ByteSink out) throws IOException {
        out.text("<AppendedData encoding=\"raw\">\n_");
        for (Mapped m : pointData) {
            out.int64(m.bytes());
            values(out, m);
        }
        for (Mapped m : cellData) {
            out.int64(m.bytes());
            values(out, m);
        }
        out.int64(24L * piece.pointCount());
        points(out);
        out.int64(4L * piece.cellCount() * piece.type.nodes());
        connectivity(out);
        out.int64(8L * piece.cellCount());
        cellOffsets(out);
        out.int64(piece.cellCount());
        types(out);
        out.text("\n</AppendedData>\n");
    }

    private void values(ByteSink out, Mapped m) throws IOException {
        DataArray a = m.array();
        int comps = a.components();
        for (int t = 0; t < m.tuples(); t++) {
            int base = m.source(t) * comps;
            for (int c = 0; c < comps; c++) {
                if (a.doubles() != null) {
                    float64(out, a.doubles()[base + c]);
                } else {
                    int32(out, a.ints()[base + c]);
                }
            }
        }
    }

    private void points(ByteSink out) throws IOException {
        for (int p = 0; p < piece.pointCount(); p++) {
            int n = piece.pointIds[p];
            for (int d = 0; d < 3; d++) {
                float64(out, coords[3 * n + d]);
            }
        }
    }

    private void connectivity(ByteSink out) throws IOException {
        int per = piece.type.nodes();
        for (int c = 0; c < piece.cellCount(); c++) {
            for (int k = 0; k < per; k++) {
                int32(out, piece.vtkCellPoint(c, k));
            }
        }
    }

    private void cellOffsets(ByteSink out) throws IOException {
        long per = piece.type.nodes();
        for (int c = 1; c <= piece.cellCount(); c++) {
            if (ascii) {
                out.text(c * per + " ");
            } else {
                out.int64(c * per);
            }
        }
    }

    private void types(ByteSink out) throws IOException {
        byte type = (byte) piece.type.vtkType();
        for (int c = 0; c < piece.cellCount(); c++) {
            if (ascii) {
                out.text(type + " ");
            } else {
                out.int8(type);
            }
        }
    }

    private void float64(ByteSink out, double v) throws IOException {
        if (ascii) {
            out.text(Double.toString(v)).text(" ");
        } else {
            out.float64(v);
        }
    }

    private void int32(ByteSink out, int v) throws IOException {
        if (ascii) {
            out.text(Integer.toString(v)).text(" ");
        } else {
            out.int32(v);
        }
    }
}
