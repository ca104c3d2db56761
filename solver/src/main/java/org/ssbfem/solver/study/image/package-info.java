/**
 * {@code microstructure.source: image}: the case keys of segmented voxel images and their summary
 * figures; {@link org.ssbfem.solver.study.GeometryPipeline} meshes them voxel by voxel.
 */
package org.ssbfem.solver.study.image;
