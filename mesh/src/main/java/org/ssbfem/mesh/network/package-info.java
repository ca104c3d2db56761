/**
 * Conduction-network (percolation) analysis: union-find cluster labelling of voxel images with 6-,
 * 18- or 26-connectivity ({@link org.ssbfem.mesh.network.VoxelClusters}), the connection of each
 * phase to its terminal, the active CAM/SE interface with a staircase-corrected area and the
 * utilization bound ({@link org.ssbfem.mesh.network.NetworkAnalysis}), and the contact graph of
 * particle packings ({@link org.ssbfem.mesh.network.ContactGraph}). Primitive arrays only: about
 * 5 bytes per voxel.
 */
package org.ssbfem.mesh.network;
