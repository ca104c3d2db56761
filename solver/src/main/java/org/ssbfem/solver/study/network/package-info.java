/**
 * {@code study: network}: the conduction-network analysis of a case's microstructure (voxel image
 * or particles) without meshing, its summary figures and its {@code network.vti}.
 */
package org.ssbfem.solver.study.network;
