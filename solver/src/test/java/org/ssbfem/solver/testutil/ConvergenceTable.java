package org.ssbfem.solver.testutil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors over a refinement sequence with measured orders against {@code h = N_dofs^(-1/dim)}: the
 * least-squares slope of log(error) over log(h), and the slope of the last two levels. Logs the
 * table and asserts minimum slopes.
 */
public final class ConvergenceTable {
    private static final Logger LOG = LoggerFactory.getLogger(ConvergenceTable.class);
    private final String title;
    private final int dim;
    private final List<double[]> rows = new ArrayList<>();

    public ConvergenceTable(String title, int dim) {
        this.title = title;
        this.dim = dim;
    }

    /** Adds a level: number of dofs and the L2 and H1-seminorm errors. */
    public void add(int dofs, double errorL2, double errorH1) {
        rows.add(new double[] {dofs, Math.pow(dofs, -1.0 / dim), errorL2, errorH1});
    }

    /** Least-squares slope of log(column) over log(h) (column 2 = L2, 3 = H1). */
    public double slope(int column) {
        int n = rows.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] r : rows) {
            double x = Math.log(r[1]);
            double y = Math.log(r[column]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    /** Logs the table and asserts the L2 and H1 least-squares slopes exceed the given minima. */
    public void assertSlopes(double minL2, double minH1) {
        StringBuilder sb = new StringBuilder(title).append("\n      dofs        h      L2 error  rate    H1 error  rate\n");
        for (int k = 0; k < rows.size(); k++) {
            double[] r = rows.get(k);
            sb.append(String.format("%10d %8.4f %12.4e %5s %12.4e %5s%n", (int) r[0], r[1], r[2], rate(k, 2), r[3], rate(k, 3)));
        }
        double l2 = slope(2);
        double h1 = slope(3);
        sb.append(String.format("  fitted slopes: L2 %.3f (min %.2f), H1 %.3f (min %.2f)", l2, minL2, h1, minH1));
        LOG.info(sb.toString());
        assertTrue(l2 > minL2, title + ": L2 slope " + l2 + " < " + minL2);
        assertTrue(h1 > minH1, title + ": H1 slope " + h1 + " < " + minH1);
    }

    private String rate(int k, int column) {
        if (k == 0) {
            return "";
        }
        double[] a = rows.get(k - 1);
        double[] b = rows.get(k);
        return String.format("%.2f", Math.log(a[column] / b[column]) / Math.log(a[1] / b[1]));
    }
}
