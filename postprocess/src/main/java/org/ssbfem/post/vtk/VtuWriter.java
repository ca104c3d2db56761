package org.ssbfem.post.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.FacetGroup;
import org.ssbfem.mesh.Mesh;

/**
 * Writes cells of a mesh, or the facets of a facet group, as a VTK XML UnstructuredGrid
 * ({@code .vtu}) file with point and cell data, for ParaView.
 *
 * <pre>{@code
 * VtuWriter.of(mesh).cells(mesh.cellsOf("se")).pointData("phi_e_V", phiE)
 *         .regionIds().time(t).write(dir.resolve("se_0001.vtu"));
 * VtuWriter.ofFacets(mesh, "interface").pointData("eta_V", eta).cellData("i_n_A_per_m2", in)
 *         .write(dir.resolve("interface_0001.vtu"));
 * }</pre>
 *
 * <p>Default encoding: appended raw binary (little-endian, UInt64 block headers), the fastest for
 * ParaView to read; {@link #ascii()} writes readable text for debugging. Only the points used by
 * the written cells are written, renumbered in increasing node order. Point data may be given per
 * source node (length = source node count times components), which is mapped to the written
 * points, or per written point; cell data per source cell or per written cell. Node order is
 * converted from Gmsh's to VTK's (the 10-node tetrahedron's nodes 8 and 9 are swapped). Array
 * names should carry units ({@code phi_e_V}, {@code c_mol_per_m3}). Arrays given to the writer are
 * read when {@link #write} runs and are never modified. Files are written to a temporary file and
 * moved into place.
 */
public final class VtuWriter {
    private static final Logger LOG = LoggerFactory.getLogger(VtuWriter.class);

    private final double[] coords;
    private final CellType type;
    private final int[] connectivity;
    private final int sourceCells;
    private final Mesh mesh;
    private int[] cellIds;
    private final List<DataArray> pointData = new ArrayList<>();
    private final List<DataArray> cellData = new ArrayList<>();
    private final List<VtuFile.Field> fieldData = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private boolean ascii;

    private VtuWriter(double[] coords, CellType type, int[] connectivity, Mesh mesh) {
        this.coords = Objects.requireNonNull(coords);
        this.type = Objects.requireNonNull(type);
        this.connectivity = Objects.requireNonNull(connectivity);
        this.mesh = mesh;
        if (coords.length % 3 != 0 || connectivity.length % type.nodes() != 0) {
            throw new IllegalArgumentException("coords or connectivity length is not a multiple of 3 / "
                    + type.nodes());
        }
        this.sourceCells = connectivity.length / type.nodes();
        for (int n : connectivity) {
            if (n < 0 || n >= coords.length / 3) {
                throw new IllegalArgumentException("connectivity refers to node " + n + " of "
                        + coords.length / 3);
            }
        }
    }

    /** All cells of {@code mesh} (source cells = mesh cells, source nodes = mesh nodes). */
    public static VtuWriter of(Mesh mesh) {
        return new VtuWriter(mesh.coords(), mesh.cellType(), mesh.cells(), mesh);
    }

    /**
     * The facets of group {@code group} as a surface (3D) or curve (2D) grid; source cells are the
     * group's facets, source nodes the mesh nodes.
     *
     * @throws org.ssbfem.mesh.InputError if the mesh has no such group
     */
    public static VtuWriter ofFacets(Mesh mesh, String group) {
        FacetGroup g = mesh.facets(group);
        return new VtuWriter(mesh.coords(), g.type(), g.nodes(), null);
    }

    /**
     * Any cells: {@code coordsM} (3 per node, metres) and {@code connectivity} (Gmsh node order,
     * {@code type.nodes()} per cell). Useful for fields on duplicated nodes.
     */
    public static VtuWriter of(double[] coordsM, CellType type, int[] connectivity) {
        return new VtuWriter(coordsM, type, connectivity, null);
    }

    /**
     * Writes only the source cells {@code ids} (e.g. {@code mesh.cellsOf("cam")}), in that order.
     *
     * @throws IllegalArgumentException for an index out of range or repeated
     */
    public VtuWriter cells(int[] ids) {
        boolean[] seen = new boolean[sourceCells];
        for (int c : ids) {
            if (c < 0 || c >= sourceCells || seen[c]) {
                throw new IllegalArgumentException("cell id " + c + (c >= 0 && c < sourceCells
                        ? " repeated" : " out of range [0, " + sourceCells + ")"));
            }
            seen[c] = true;
        }
        cellIds = ids.clone();
        return this;
    }

    /** A Float64 scalar per node (source or written points). */
    public VtuWriter pointData(String name, double[] values) {
        return add(pointData, new DataArray(name, values, null, 1));
    }

    /** A Float64 3-vector per node, x,y,z interleaved. */
    public VtuWriter pointVectors(String name, double[] xyz) {
        return add(pointData, new DataArray(name, xyz, null, 3));
    }

    /** An Int32 scalar per node. */
    public VtuWriter pointData(String name, int[] values) {
        return add(pointData, new DataArray(name, null, values, 1));
    }

    /** A Float64 scalar per cell (source or written cells). */
    public VtuWriter cellData(String name, double[] values) {
        return add(cellData, new DataArray(name, values, null, 1));
    }

    /** A Float64 3-vector per cell, x,y,z interleaved. */
    public VtuWriter cellVectors(String name, double[] xyz) {
        return add(cellData, new DataArray(name, xyz, null, 3));
    }

    /** An Int32 scalar per cell. */
    public VtuWriter cellData(String name, int[] values) {
        return add(cellData, new DataArray(name, null, values, 1));
    }

    /**
     * Adds the Int32 cell array {@code region} (the mesh region index of each cell) and, as field
     * data, one Int32 value {@code region_<name>} per region giving its index.
     *
     * @throws IllegalStateException if the writer was not made by {@link #of(Mesh)}
     */
    public VtuWriter regionIds() {
        if (mesh == null) {
            throw new IllegalStateException("region ids need a writer made by VtuWriter.of(Mesh)");
        }
        cellData("region", mesh.cellRegions());
        for (int r = 0; r < mesh.regionNames().size(); r++) {
            field("region_" + mesh.regionNames().get(r), "Int32", Integer.toString(r));
        }
        return this;
    }

    /** Adds the field-data value {@code TimeValue} (seconds), which ParaView shows as the time. */
    public VtuWriter time(double timeS) {
        if (!Double.isFinite(timeS)) {
            throw new IllegalArgumentException("time must be finite: " + timeS);
        }
        return field("TimeValue", "Float64", Double.toString(timeS));
    }

    /** Writes text instead of appended binary (larger and slower; for debugging). */
    public VtuWriter ascii() {
        ascii = true;
        return this;
    }

    /**
     * Writes the file (atomically: temporary file, then move).
     *
     * @throws IllegalArgumentException if an array's length matches neither the source nor the
     *     written entities
     * @throws IOException if the file cannot be written
     */
    public void write(Path file) throws IOException {
        int[] ids = cellIds != null ? cellIds : identity(sourceCells);
        VtuPiece piece = new VtuPiece(coords.length / 3, type, connectivity, ids);
        List<VtuFile.Mapped> points = new ArrayList<>();
        for (DataArray a : pointData) {
            points.add(map(a, coords.length / 3, piece.pointIds, "node"));
        }
        List<VtuFile.Mapped> cells = new ArrayList<>();
        for (DataArray a : cellData) {
            cells.add(map(a, sourceCells, piece.cellIds, "cell"));
        }
        AtomicFile.write(file, new VtuFile(piece, coords, points, cells, fieldData, ascii));
        LOG.debug("wrote {}: {} points, {} {} cells", file, piece.pointCount(), piece.cellCount(), type);
    }

    private VtuWriter add(List<DataArray> list, DataArray array) {
        if (!names.add(array.name())) {
            throw new IllegalArgumentException("array name used twice: " + array.name());
        }
        list.add(array);
        return this;
    }

    private VtuWriter field(String name, String vtkType, String value) {
        DataArray.checkName(name);
        fieldData.removeIf(f -> f.name().equals(name));
        fieldData.add(new VtuFile.Field(name, vtkType, value));
        return this;
    }

    /** Chooses the mapping from the array length: per source entity (mapped) or per written one. */
    private static VtuFile.Mapped map(DataArray a, int sourceCount, int[] writtenIds, String what) {
        VtuFile.Mapped m;
        if (a.tuples() == sourceCount) {
            m = new VtuFile.Mapped(a, writtenIds);
        } else if (a.tuples() == writtenIds.length) {
            m = new VtuFile.Mapped(a, null);
        } else {
            throw new IllegalArgumentException("array " + a.name() + " has " + a.tuples() + " tuples; "
                    + "expected one per source " + what + " (" + sourceCount + ") or per written "
                    + what + " (" + writtenIds.length + ")");
        }
        warnNonFinite(m);
        return m;
    }

    private static void warnNonFinite(VtuFile.Mapped m) {
        double[] v = m.array().doubles();
        if (v == null) {
            return;
        }
        int comps = m.array().components();
        int bad = 0;
        for (int t = 0; t < m.tuples(); t++) {
            for (int c = 0; c < comps; c++) {
                bad += Double.isFinite(v[m.source(t) * comps + c]) ? 0 : 1;
            }
        }
        if (bad > 0) {
            LOG.warn("array {} has {} non-finite values (NaN or infinite)", m.array().name(), bad);
        }
    }

    private static int[] identity(int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return ids;
    }
}
