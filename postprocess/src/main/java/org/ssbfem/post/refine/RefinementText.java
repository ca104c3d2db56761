package org.ssbfem.post.refine;

/** Fixed explanatory text of the refinement report. */
final class RefinementText {
    static final String METHOD = "Index 1 is the finest level. h is the characteristic size (box volume / unknowns)^(1/3)"
            + " for mesh sequences and the refined time-step parameter for time sequences; r21 = h2/h1, r32 = h3/h2."
            + " The observed order p solves p = |ln|e32/e21| + ln((r21^p - s)/(r32^p - s))| / ln r21 with"
            + " e21 = f2 - f1, e32 = f3 - f2, s = sign(e32/e21) (Celik et al. 2008, J. Fluids Eng. 130, 078001)."
            + " f_ext = (r21^p f1 - f2)/(r21^p - 1); GCI fine = Fs |e21/f1|/(r21^p - 1), GCI coarse ="
            + " Fs |e32/f2|/(r32^p - 1), Fs = 1.25 with three or more levels, 3 with two (Roache 1997). A ratio"
            + " GCI_coarse/(r21^p GCI_fine) near 1 indicates the asymptotic range (with three levels and a"
            + " constant ratio it equals f1/f2 by construction, so it is a weak check). Oscillating (e21/e32 < 0) and"
            + " diverging (|e21/e32| >= 1) sequences are reported as such, without order or extrapolation."
            + " Changes below the noise threshold (tolerance / 100 of the finest value) count as no change."
            + " Verdict: pass when GCI fine <= the tolerance.";

    private RefinementText() {
    }
}
