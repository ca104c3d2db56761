package org.ssbfem.mesh.voxel;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.mesh.CellType;
import org.ssbfem.mesh.Mesh;

/**
 * A conforming simplex mesh of a voxel image that keeps every phase interface: each solid voxel is
 * split into the six Kuhn (Freudenthal) tetrahedra along its main diagonal, each pixel of a 2D
 * section into two triangles along its diagonal. Because every voxel is split the same way, the
 * face diagonals agree between neighbours and the mesh is conforming; nodes are the voxel corners,
 * shared between phases (conduction studies split them per region as they do for Gmsh meshes).
 * Void voxels are not meshed. Regions {@code se}, {@code cam}, {@code cbd} (those present);
 * facet groups as in {@link VoxelFacets}.
 *
 * <p>Interfaces are staircases: their mesh area is the voxel-count area, which overestimates a
 * smooth surface by about 3/2 (4/pi in 2D) on average; the network analysis reports a smoothed
 * estimate beside it. No coarsening: the mesh has 6 cells per voxel (8M voxels give 48M
 * tetrahedra), so downsample large images first.
 */
public final class VoxelMesher {
    private static final Logger LOG = LoggerFactory.getLogger(VoxelMesher.class);
    private static final String[] REGIONS = {"se", "cam", "cbd"};
    /** Kuhn tetrahedra: the axis order of each monotone path from corner 000 to corner 111. */
    private static final int[][] PATHS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

    private VoxelMesher() {
    }

    /** Meshes {@code img} (not modified); straight P1 cells (TET4, or TRI3 for a 2D section). */
    public static Mesh mesh(PhaseImage img) {
        long t0 = System.nanoTime();
        Grid g = new Grid(img);
        int[] nodeId = g.numberCorners();
        double[] coords = g.coords(nodeId);
        int[] regionOf = new int[4];
        List<String> names = regions(img, regionOf);
        boolean twoD = img.is2d();
        CellType type = twoD ? CellType.TRI3 : CellType.TET4;
        long solid = g.solidCount();
        int perVoxel = twoD ? 2 : 6;
        int[] cells = new int[Math.toIntExact(solid * perVoxel * type.nodes())];
        int[] cellRegion = new int[Math.toIntExact(solid * perVoxel)];
        VoxelFacets facets = new VoxelFacets();
        int c = 0;
        byte[] ph = img.phases();
        int[] p = new int[3];
        for (p[2] = 0; p[2] < img.nz(); p[2]++) {
            for (p[1] = 0; p[1] < img.ny(); p[1]++) {
                for (p[0] = 0; p[0] < img.nx(); p[0]++) {
                    byte phase = ph[img.index(p[0], p[1], p[2])];
                    if (phase == PhaseImage.VOID) {
                        continue;
                    }
                    c = twoD ? g.triangles(p, nodeId, cells, c) : g.tets(p, nodeId, cells, c);
                    java.util.Arrays.fill(cellRegion, c / type.nodes() - perVoxel, c / type.nodes(), regionOf[phase]);
                    g.faces(p, phase, nodeId, facets);
                }
            }
        }
        if (facets.strayAtAnode() > 0) {
            LOG.warn("voxel mesh: {} CAM/CBD voxel faces lie on the anode plane x = 0 (in no facet group)",
                    facets.strayAtAnode());
        }
        Mesh mesh = new Mesh(coords, type, cells, cellRegion, names, facets.build(type.facetType()));
        LOG.info("voxel mesh {} in {} s", mesh, String.format("%.2f", (System.nanoTime() - t0) * 1e-9));
        return mesh;
    }

    /** Region names of the solid phases present, in the order se, cam, cbd. */
    private static List<String> regions(PhaseImage img, int[] regionOf) {
        long[] counts = img.counts();
        List<String> names = new ArrayList<>();
        for (int q = 0; q < REGIONS.length; q++) {
            if (counts[q] > 0) {
                regionOf[q] = names.size();
                names.add(REGIONS[q]);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("the image is all void: nothing to mesh");
        }
        return names;
    }

    /** Corner numbering and per-voxel cell and face emission. */
    private static final class Grid {
        private final PhaseImage img;
        private final int[] n;
        private final int cx;
        private final int cy;

        Grid(PhaseImage img) {
            this.img = img;
            this.n = new int[] {img.nx(), img.ny(), img.nz()};
            this.cx = img.nx() + 1;
            this.cy = img.ny() + 1;
        }

        private int cz() { return img.is2d() ? 1 : img.nz() + 1; }

        int corner(int i, int j, int k) { return i + cx * (j + cy * k); }

        long solidCount() {
            long s = 0;
            for (byte b : img.phases()) {
                s += b != PhaseImage.VOID ? 1 : 0;
            }
            return s;
        }

        /** Node id of every corner of a solid voxel (others -1), in corner order. */
        int[] numberCorners() {
            int[] id = new int[Math.toIntExact((long) cx * cy * cz())];
            java.util.Arrays.fill(id, -1);
            int dz = img.is2d() ? 0 : 1;
            byte[] ph = img.phases();
            for (int k = 0; k < n[2]; k++) {
                for (int j = 0; j < n[1]; j++) {
                    for (int i = 0; i < n[0]; i++) {
                        if (ph[img.index(i, j, k)] != PhaseImage.VOID) {
                            for (int c = 0; c < 8; c++) {
                                id[corner(i + (c & 1), j + (c >> 1 & 1), k + dz * (c >> 2 & 1))] = 0;
                            }
                        }
                    }
                }
            }
            int next = 0;
            for (int c = 0; c < id.length; c++) {
                if (id[c] == 0) {
                    id[c] = next++;
                }
            }
            return id;
        }

        double[] coords(int[] id) {
            int count = 0;
            for (int v : id) {
                count = Math.max(count, v + 1);
            }
            double h = img.voxelSizeM();
            double[] xyz = new double[3 * count];
            for (int c = 0; c < id.length; c++) {
                if (id[c] >= 0) {
                    xyz[3 * id[c]] = (c % cx) * h;
                    xyz[3 * id[c] + 1] = (c / cx % cy) * h;
                    xyz[3 * id[c] + 2] = (c / cx / cy) * h;
                }
            }
            return xyz;
        }

        /** Writes the 6 Kuhn tetrahedra of voxel p from {@code at}; returns the next position. */
        int tets(int[] p, int[] id, int[] cells, int at) {
            for (int[] path : PATHS) {
                int[] q = p.clone();
                int v0 = id[corner(q[0], q[1], q[2])];
                q[path[0]]++;
                int v1 = id[corner(q[0], q[1], q[2])];
                q[path[1]]++;
                int v2 = id[corner(q[0], q[1], q[2])];
                int v3 = id[corner(p[0] + 1, p[1] + 1, p[2] + 1)];
                boolean even = path[1] == (path[0] + 1) % 3;
                cells[at++] = v0;
                cells[at++] = even ? v1 : v2;
                cells[at++] = even ? v2 : v1;
                cells[at++] = v3;
            }
            return at;
        }

        /** Writes the 2 triangles of pixel p (counter-clockwise); returns the next position. */
        int triangles(int[] p, int[] id, int[] cells, int at) {
            int c00 = id[corner(p[0], p[1], 0)];
            int c10 = id[corner(p[0] + 1, p[1], 0)];
            int c11 = id[corner(p[0] + 1, p[1] + 1, 0)];
            int c01 = id[corner(p[0], p[1] + 1, 0)];
            cells[at++] = c00;
            cells[at++] = c10;
            cells[at++] = c11;
            cells[at++] = c00;
            cells[at++] = c11;
            cells[at++] = c01;
            return at;
        }

        /** Adds the faces of voxel p that are boundaries or interfaces to their groups. */
        void faces(int[] p, byte phase, int[] id, VoxelFacets facets) {
            byte[] ph = img.phases();
            for (int a = 0; a < img.dim(); a++) {
                for (int s = 0; s <= 1; s++) {
                    int[] q = p.clone();
                    q[a] += s == 0 ? -1 : 1;
                    String group;
                    if (q[a] < 0 || q[a] >= n[a]) {
                        group = facets.external(phase, a, s == 1);
                    } else {
                        byte other = ph[img.index(q[0], q[1], q[2])];
                        group = other == PhaseImage.VOID ? "void_surface"
                                : s == 1 ? VoxelFacets.internal(phase, other) : null;
                    }
                    if (group != null) {
                        emitFace(p, a, s, id, facets, group);
                    }
                }
            }
        }

        private void emitFace(int[] p, int a, int s, int[] id, VoxelFacets facets, String group) {
            if (img.is2d()) {
                int b = 1 - a;
                int[] q = p.clone();
                q[a] += s;
                int n0 = id[corner(q[0], q[1], 0)];
                q[b]++;
                facets.add(group, n0, id[corner(q[0], q[1], 0)]);
                return;
            }
            int b = (a + 1) % 3;
            int c = (a + 2) % 3;
            int[] q = p.clone();
            q[a] += s;
            int c00 = id[corner(q[0], q[1], q[2])];
            q[b]++;
            int c10 = id[corner(q[0], q[1], q[2])];
            q[c]++;
            int c11 = id[corner(q[0], q[1], q[2])];
            q[b]--;
            int c01 = id[corner(q[0], q[1], q[2])];
            facets.add(group, c00, c10, c11, c00, c11, c01);
        }
    }
}
