package org.ssbfem.solver.fem;

/**
 * A finite element on a reference simplex: its shape functions and their gradients with respect to
 * the reference coordinates {@code xi}.
 *
 * <p>Reference simplices have the vertices {@code 0, e_1, ..., e_dim}: the line {@code [0, 1]}, the
 * triangle {@code (0,0), (1,0), (0,1)} and the tetrahedron {@code (0,0,0), (1,0,0), (0,1,0),
 * (0,0,1)}; the node order is Gmsh's (vertices first, then edge midpoints). Reference coordinates
 * are dimensionless. Implementations are immutable and thread-safe.
 */
public interface ReferenceElement {
    /** Dimension of the reference simplex (1, 2 or 3). */
    int dim();

    /** Polynomial degree (1 or 2). */
    int degree();

    /** Number of shape functions (= nodes). */
    int nodeCount();

    /** Reference coordinates of node {@code k}, {@code dim()} values (a new array). */
    double[] node(int k);

    /**
     * Shape function values at {@code xi}.
     *
     * @param xi reference point, {@code dim()} values (not modified)
     * @param out receives {@code nodeCount()} values
     */
    void values(double[] xi, double[] out);

    /**
     * Shape function gradients with respect to {@code xi}.
     *
     * @param xi reference point, {@code dim()} values (not modified)
     * @param out receives {@code nodeCount() * dim()} values, node-major: {@code out[a * dim + k]}
     */
    void gradients(double[] xi, double[] out);
}
