package org.ssbfem.post.refine;

/**
 * The p-check: a quantity computed with P1 and P2 elements on the same mesh. The difference is
 * related to the best estimate of the exact value available (the extrapolated value of the P2
 * sequence, else of the P1 sequence, else the P2 value).
 *
 * @param quantity quantity name
 * @param level label of the mesh (e.g. {@code h=1.2 um})
 * @param p1 value with P1
 * @param p2 value with P2
 * @param reference value the difference is related to
 * @param referenceName where the reference comes from
 */
public record PCheck(String quantity, String level, double p1, double p2, double reference, String referenceName) {
    /** |P2 - P1| / |reference|. */
    public double relativeDifference() {
        return Math.abs(p2 - p1) / Math.abs(reference);
    }

    /** "pass" when the relative difference is within {@code toleranceRel}, else "fail". */
    public String verdict(double toleranceRel) {
        return relativeDifference() <= toleranceRel ? "pass" : "fail";
    }
}
