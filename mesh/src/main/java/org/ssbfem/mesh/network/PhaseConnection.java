package org.ssbfem.mesh.network;

import org.ssbfem.mesh.micro.Phase;

/**
 * How the voxels of one phase sit in their conduction network (SE: ionic; CAM and CBD:
 * electronic). Fractions are of the phase's own volume and lie in [0, 1]; the last three add up to
 * one.
 *
 * @param phase the phase
 * @param voxels voxel count of the phase
 * @param connectedFraction in clusters that touch the phase's terminal: the collector plane
 *     x = Lx for CAM and CBD, the anode plane x = 0 for SE
 * @param spanningFraction in clusters touching both x = 0 and x = Lx
 * @param deadEndFraction in clusters touching exactly one of the two planes
 * @param isolatedFraction in clusters touching neither plane (lateral faces do not count)
 */
public record PhaseConnection(Phase phase, long voxels, double connectedFraction, double spanningFraction,
                              double deadEndFraction, double isolatedFraction) {
}
