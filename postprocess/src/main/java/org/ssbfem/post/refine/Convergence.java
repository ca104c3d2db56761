package org.ssbfem.post.refine;

/**
 * How a sequence of solutions on refined grids behaves, from the ratio of successive changes
 * {@code R = (f1 - f2) / (f2 - f3)} (index 1 the finest; Celik et al. 2008, Stern et al. 2001).
 */
public enum Convergence {
    /** 0 &lt; R &lt; 1: changes shrink without changing sign; order and extrapolation are meaningful. */
    MONOTONE("monotone convergence"),
    /** -1 &lt; R &lt; 0: changes alternate in sign and shrink; no order is given. */
    OSCILLATORY("oscillatory convergence"),
    /** |R| &gt;= 1: changes do not shrink; no order is given. */
    DIVERGENT("divergence"),
    /** Both changes are below the noise threshold: the value does not depend on the grid. */
    GRID_INDEPENDENT("unchanged (changes below the noise threshold)"),
    /** Two grids only: the order is the formal one, the safety factor 3. */
    TWO_LEVELS("two levels (formal order assumed)"),
    /** Fewer than two usable levels. */
    INSUFFICIENT("too few levels");

    private final String text;

    Convergence(String text) {
        this.text = text;
    }

    /** Words for a report. */
    public String text() { return text; }
}
