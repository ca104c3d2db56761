package org.ssbfem.solver.verify;

import java.util.List;

/**
 * One row of the verification report: a term at one degree over its mesh sequence.
 *
 * @param term what was verified
 * @param degree element degree
 * @param results errors per level, coarse to fine
 * @param slopeL2 least-squares slope of log(L2 error) over log(h), h = dofs^(-1/dim)
 * @param slopeH1 the same for the H1 seminorm
 * @param theoryL2 expected L2 order (p + 1)
 * @param theoryH1 expected H1 order (p)
 * @param pass both slopes within their margins of theory
 * @param seconds wall time of the row
 * @param error null, or why the row could not be measured
 */
public record VerifyRow(String term, int degree, List<MmsResult> results, double slopeL2, double slopeH1,
                        double theoryL2, double theoryH1, boolean pass, double seconds, String error) {
}
