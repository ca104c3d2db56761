package org.ssbfem.mesh.network;

/**
 * CAM/SE interface of a voxel image, all of it and the active part (the CAM side in an
 * electronic cluster touching the collector, the SE side in an ionic cluster touching the anode).
 * Areas in m^2 (2D: lengths in m).
 *
 * <p>The voxel-count ("staircase") estimate adds one voxel face per CAM/SE face pair; for a
 * surface with unit normal n it measures {@code |n_x| + |n_y| + |n_z|} per true area, so it
 * overestimates curved or oblique surfaces (by 3/2 on average over random orientations, 4/pi in
 * 2D). The smoothed estimate weighs each face by {@code |n|_2 / |n|_1} with n the gradient of the
 * CAM indicator averaged over the 3 x 3 (x 2) voxels around the face, which is exact for planes and
 * removes most of the staircase error on smooth surfaces.
 *
 * @param faces number of CAM/SE voxel faces
 * @param activeFaces number of active ones
 * @param staircaseM2 voxel-count area
 * @param smoothedM2 smoothed area
 * @param activeStaircaseM2 voxel-count area of the active faces
 * @param activeSmoothedM2 smoothed area of the active faces
 */
public record InterfaceAreas(long faces, long activeFaces, double staircaseM2, double smoothedM2,
                             double activeStaircaseM2, double activeSmoothedM2) {
    /** Active share of the interface (smoothed areas); 0 when there is no interface. */
    public double activeFraction() {
        return smoothedM2 > 0 ? activeSmoothedM2 / smoothedM2 : 0;
    }
}
