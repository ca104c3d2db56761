/**
 * Voxel microstructures: segmented label images read from TIFF stacks, 2D TIFF/PNG sections,
 * slice folders and raw volumes ({@link org.ssbfem.mesh.voxel.ImageReaders},
 * {@link org.ssbfem.mesh.voxel.RawImage}), mapped to phases with the checks a label image must
 * pass ({@link org.ssbfem.mesh.voxel.PhaseMap}), cropped and downsampled
 * ({@link org.ssbfem.mesh.voxel.ImageOps}), sampled from particle packings
 * ({@link org.ssbfem.mesh.voxel.Voxelizer}) and meshed voxel by voxel into conforming tetrahedra
 * or triangles ({@link org.ssbfem.mesh.voxel.VoxelMesher}).
 */
package org.ssbfem.mesh.voxel;
