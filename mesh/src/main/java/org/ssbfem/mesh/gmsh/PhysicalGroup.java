package org.ssbfem.mesh.gmsh;

/**
 * A physical group of the Gmsh model.
 *
 * @param dim dimension of its entities
 * @param tag physical tag
 * @param name physical name, empty when the group has none
 */
public record PhysicalGroup(int dim, int tag, String name) { }
