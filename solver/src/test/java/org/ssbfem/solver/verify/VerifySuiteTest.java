package org.ssbfem.solver.verify;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of {@code ssbfem verify} measures the slopes theory predicts (P1 and P2; cases 5 and 6, lumped, P1 only). */
class VerifySuiteTest {
    @ParameterizedTest(name = "case {0} P{1}")
    @CsvSource({"0, 1", "0, 2", "1, 1", "1, 2", "2, 1", "2, 2", "3, 1", "3, 2", "4, 1", "4, 2", "5, 1", "6, 1"})
    void rowMeetsTheory(int index, int degree) {
        MmsCase c = VerifySuite.cases().get(index);
        VerifyRow r = VerifySuite.row(c, degree, true);
        assertNull(r.error(), c.term());
        assertTrue(r.pass(), c.term() + " P" + degree + ": L2 slope " + r.slopeL2() + " (theory " + r.theoryL2()
                + "), H1 slope " + r.slopeH1() + " (theory " + r.theoryH1() + ")");
    }
}
