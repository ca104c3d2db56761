/**
 * Reference elements (Lagrange P1/P2 on lines, triangles, tetrahedra in Gmsh node order),
 * quadrature rules exact to any degree, isoparametric cell geometry (Jacobians, facet normals by
 * Nanson's formula) and the cell-facet adjacency of facet groups.
 */
package org.ssbfem.solver.fem;
