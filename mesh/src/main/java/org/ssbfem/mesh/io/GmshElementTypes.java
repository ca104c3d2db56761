package org.ssbfem.mesh.io;

/**
 * Dimension, node count and name of the Gmsh element types a .msh file may hold, including those
 * ssbfem does not use (needed to skip them in binary files and to name them in messages).
 */
final class GmshElementTypes {
    /** {gmsh type, dim, nodes}, from the Gmsh reference manual, section "MSH file format". */
    private static final int[][] TABLE = {
        {1, 1, 2}, {2, 2, 3}, {3, 2, 4}, {4, 3, 4}, {5, 3, 8}, {6, 3, 6}, {7, 3, 5}, {8, 1, 3},
        {9, 2, 6}, {10, 2, 9}, {11, 3, 10}, {12, 3, 27}, {13, 3, 18}, {14, 3, 14}, {15, 0, 1},
        {16, 2, 8}, {17, 3, 20}, {18, 3, 15}, {19, 3, 13}, {20, 2, 9}, {21, 2, 10}, {22, 2, 12},
        {23, 2, 15}, {24, 2, 15}, {25, 2, 21}, {26, 1, 4}, {27, 1, 5}, {28, 1, 6}, {29, 3, 20},
        {30, 3, 35}, {31, 3, 56}, {92, 3, 64}, {93, 3, 125},
    };
    private static final String[] NAMES = {
        "", "2-node line", "3-node triangle", "4-node quadrangle", "4-node tetrahedron",
        "8-node hexahedron", "6-node prism", "5-node pyramid", "3-node line", "6-node triangle",
        "9-node quadrangle", "10-node tetrahedron", "27-node hexahedron", "18-node prism",
        "14-node pyramid", "1-node point", "8-node quadrangle", "20-node hexahedron",
        "15-node prism", "13-node pyramid", "9-node triangle", "10-node triangle",
        "12-node triangle", "15-node triangle", "15-node triangle", "21-node triangle",
        "4-node line", "5-node line", "6-node line", "20-node tetrahedron", "35-node tetrahedron",
        "56-node tetrahedron",
    };

    private GmshElementTypes() {
    }

    /** Number of nodes of Gmsh type {@code type}, or -1 if the type is not known here. */
    static int nodes(int type) {
        int[] row = row(type);
        return row == null ? -1 : row[2];
    }

    /** Dimension of Gmsh type {@code type}, or -1 if the type is not known here. */
    static int dim(int type) {
        int[] row = row(type);
        return row == null ? -1 : row[1];
    }

    /** A readable name such as "8-node hexahedron (Gmsh type 5)". */
    static String describe(int type) {
        String name = type > 0 && type < NAMES.length ? NAMES[type]
                : row(type) != null ? nodes(type) + "-node element" : "unknown element";
        return name + " (Gmsh type " + type + ")";
    }

    private static int[] row(int type) {
        for (int[] r : TABLE) {
            if (r[0] == type) {
                return r;
            }
        }
        return null;
    }
}
