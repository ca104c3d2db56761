package org.ssbfem.solver.linalg;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Numeric multifrontal LU factorization P A Q = L U over a {@link SymbolicAnalysis}, and the
 * triangular solves. Each supernode assembles a dense front from the entries of A and its
 * children's contribution blocks, factors its fully summed part with {@link DenseFront}, keeps the
 * factor rows and columns, and passes the Schur complement up. Columns without an acceptable pivot
 * in their own front are delayed to the parent front (where more rows are fully summed); a column
 * that finds no pivot even in a root front means the matrix is singular to working precision.
 * Package-private; immutable after {@link #factor}.
 */
final class MultifrontalLu {
    /** Threshold of the partial pivoting: a pivot must be at least this share of its column's largest entry. */
    static final double PIVOT_THRESHOLD = 0.1;
    /** A pivot below this share of its column's largest entry in A counts as zero. */
    static final double ZERO_PIVOT = 1e-13;

    private final SymbolicAnalysis sym;
    private final Block[] blocks;
    private int delayed;
    private int maxPivots;

    /** Factor of one supernode: e eliminated pivots; U rows e x f (with L11), L21 rows (f - e) x e. */
    private record Block(int eliminated, int[] rows, int[] cols, double[] upper, double[] lower) {
    }

    /** Schur complement passed to the parent; the first {@code delayed} rows/columns are uneliminated pivots. */
    private record Contribution(int owner, int delayed, int[] rows, int[] cols, double[] values) {
    }

    private MultifrontalLu(SymbolicAnalysis sym) {
        this.sym = sym;
        this.blocks = new Block[sym.supernodes()];
    }

    /**
     * Factors {@code a} (its pattern must be the analysed one; not modified).
     *
     * @throws SolverException when the matrix is singular to working precision
     */
    static MultifrontalLu factor(SymbolicAnalysis sym, SparseMatrix a) {
        MultifrontalLu lu = new MultifrontalLu(sym);
        new Factorization(lu, a).run();
        return lu;
    }

    /** Pivots that were delayed to a parent front (0 for most FEM matrices). */
    int delayedPivots() { return delayed; }

    /** Entries stored in L and U. */
    long storedEntries() {
        long s = 0;
        for (Block b : blocks) {
            s += b.upper().length + b.lower().length;
        }
        return s;
    }

    /**
     * Solves L U y = z in the new numbering: z is row-indexed (overwritten), x column-indexed.
     */
    void solve(double[] z, double[] x) {
        double[] w = new double[sym.n];
        double[] y = new double[maxPivots];
        for (Block b : blocks) {
            forward(b, z, w, y);
        }
        double[] t = new double[maxPivots];
        for (int s = blocks.length - 1; s >= 0; s--) {
            backward(blocks[s], w, x, y, t);
        }
    }

    private static void forward(Block b, double[] z, double[] w, double[] y) {
        int e = b.eliminated();
        int f = b.rows().length;
        double[] up = b.upper();
        for (int t = 0; t < e; t++) {
            double s = z[b.rows()[t]];
            for (int p = 0; p < t; p++) {
                s -= up[t * f + p] * y[p];
            }
            y[t] = s;
        }
        double[] lo = b.lower();
        for (int i = e; i < f; i++) {
            double s = 0;
            int base = (i - e) * e;
            for (int p = 0; p < e; p++) {
                s += lo[base + p] * y[p];
            }
            z[b.rows()[i]] -= s;
        }
        for (int t = 0; t < e; t++) {
            w[b.cols()[t]] = y[t];
        }
    }

    /** Back substitution of one block; {@code y} and {@code gathered} are work arrays of length maxPivots. */
    private static void backward(Block b, double[] w, double[] x, double[] y, double[] gathered) {
        int e = b.eliminated();
        int f = b.cols().length;
        double[] up = b.upper();
        int rest = f - e;
        for (int c = e; c < f; c++) {
            gathered[c - e] = x[b.cols()[c]];
        }
        for (int t = e - 1; t >= 0; t--) {
            int row = t * f;
            double s = w[b.cols()[t]];
            for (int c = t + 1; c < e; c++) {
                s -= up[row + c] * y[c];
            }
            for (int c = 0; c < rest; c++) {
                s -= up[row + e + c] * gathered[c];
            }
            y[t] = s / up[row + t];
        }
        for (int t = 0; t < e; t++) {
            x[b.cols()[t]] = y[t];
        }
    }

    /** The factorization pass: one front per supernode in postorder, with a stack of contribution blocks. */
    private static final class Factorization {
        private final MultifrontalLu lu;
        private final SymbolicAnalysis sym;
        private final SparseMatrix a;
        private final double[] colNorm;
        private final int[] rowPos;
        private final int[] colPos;
        private final Deque<Contribution> stack = new ArrayDeque<>();
        private double[] front;

        Factorization(MultifrontalLu lu, SparseMatrix a) {
            this.lu = lu;
            this.sym = lu.sym;
            this.a = a;
            this.colNorm = columnNorms(sym, a);
            this.rowPos = new int[sym.n];
            this.colPos = new int[sym.n];
            Arrays.fill(rowPos, -1);
            Arrays.fill(colPos, -1);
            this.front = new double[(int) Math.min(Integer.MAX_VALUE - 8, (long) sym.maxFront * sym.maxFront)];
        }

        void run() {
            for (int s = 0; s < sym.supernodes(); s++) {
                Contribution[] kids = popChildren(s);
                int[][] idx = frontIndices(s, kids);
                int f = idx[0].length;
                assemble(s, kids, idx[0], idx[1]);
                int k = f - sym.below[s].length;
                int e = DenseFront.factor(front, f, k, idx[0], idx[1], colNorm, PIVOT_THRESHOLD, ZERO_PIVOT);
                if (e < k && sym.superParent[s] < 0) {
                    throw singular(k - e, idx[1][e]);
                }
                lu.delayed += k - e;
                lu.maxPivots = Math.max(lu.maxPivots, Math.max(e, f - e));
                store(s, e, f, idx[0], idx[1]);
            }
        }

        /** Fills the front of supernode s: entries of A, then the children's contribution blocks. */
        private void assemble(int s, Contribution[] kids, int[] rows, int[] cols) {
            int f = rows.length;
            if ((long) f * f > front.length) {
                front = new double[Math.multiplyExact(f, f)];
            }
            Arrays.fill(front, 0, f * f, 0.0);
            setPositions(rows, cols, true);
            assembleOriginal(s, f);
            for (Contribution c : kids) {
                extendAdd(c, f);
            }
            setPositions(rows, cols, false);
        }

        private Contribution[] popChildren(int s) {
            Contribution[] kids = new Contribution[sym.childCount[s]];
            for (int c = 0; c < kids.length; c++) {
                kids[c] = stack.pop();
                if (sym.superParent[kids[c].owner()] != s) {
                    throw new IllegalStateException("supernodes not in postorder at " + s);
                }
            }
            return kids;
        }

        /** {rows, cols}: delayed pivots of the children, the supernode's columns, the rows below it. */
        private int[][] frontIndices(int s, Contribution[] kids) {
            int delayedIn = 0;
            for (Contribution c : kids) {
                delayedIn += c.delayed();
            }
            int first = sym.superStart[s];
            int own = sym.superStart[s + 1] - first;
            int[] below = sym.below[s];
            int f = delayedIn + own + below.length;
            int[] rows = new int[f];
            int[] cols = new int[f];
            int m = 0;
            for (Contribution c : kids) {
                System.arraycopy(c.rows(), 0, rows, m, c.delayed());
                System.arraycopy(c.cols(), 0, cols, m, c.delayed());
                m += c.delayed();
            }
            for (int j = 0; j < own; j++, m++) {
                rows[m] = first + j;
                cols[m] = first + j;
            }
            System.arraycopy(below, 0, rows, m, below.length);
            System.arraycopy(below, 0, cols, m, below.length);
            return new int[][] {rows, cols};
        }

        private void setPositions(int[] rows, int[] cols, boolean on) {
            for (int i = 0; i < rows.length; i++) {
                rowPos[rows[i]] = on ? i : -1;
                colPos[cols[i]] = on ? i : -1;
            }
        }

        /** Entries of A in the rows and columns of supernode s (in the new numbering) not yet assembled. */
        private void assembleOriginal(int s, int f) {
            int first = sym.superStart[s];
            int last = sym.superStart[s + 1] - 1;
            int[] rp = a.pattern().rowPtr();
            int[] ci = a.pattern().colIdx();
            double[] v = a.values();
            for (int j = first; j <= last; j++) {
                int old = sym.perm[j];
                int frontRow = rowPos[j] * f;
                for (int k = rp[old]; k < rp[old + 1]; k++) {
                    int c = sym.inv[ci[k]];
                    if (c >= first) {
                        front[frontRow + colPos[c]] += v[k];
                    }
                }
                int frontCol = colPos[j];
                for (int k = sym.tPtr[old]; k < sym.tPtr[old + 1]; k++) {
                    int r = sym.inv[sym.tIdx[k]];
                    if (r > last) {
                        front[rowPos[r] * f + frontCol] += v[sym.tPos[k]];
                    }
                }
            }
        }

        private void extendAdd(Contribution c, int f) {
            int m = c.rows().length;
            int[] colMap = new int[m];
            for (int b = 0; b < m; b++) {
                colMap[b] = colPos[c.cols()[b]];
            }
            double[] v = c.values();
            for (int r = 0; r < m; r++) {
                int frontRow = rowPos[c.rows()[r]] * f;
                int base = r * m;
                for (int b = 0; b < m; b++) {
                    front[frontRow + colMap[b]] += v[base + b];
                }
            }
        }

        private void store(int s, int e, int f, int[] rows, int[] cols) {
            double[] upper = Arrays.copyOf(front, e * f);
            int rest = f - e;
            double[] lower = new double[rest * e];
            double[] schur = new double[rest * rest];
            for (int i = 0; i < rest; i++) {
                System.arraycopy(front, (e + i) * f, lower, i * e, e);
                System.arraycopy(front, (e + i) * f + e, schur, i * rest, rest);
            }
            lu.blocks[s] = new Block(e, rows, cols, upper, lower);
            if (rest > 0) {
                int delayedOut = f - e - sym.below[s].length;
                stack.push(new Contribution(s, delayedOut, Arrays.copyOfRange(rows, e, f),
                        Arrays.copyOfRange(cols, e, f), schur));
            }
        }

        private SolverException singular(int count, int column) {
            return new SolverException("direct solver: the matrix is singular to working precision: " + count
                    + " unknown(s) found no pivot above " + ZERO_PIVOT + " times their column's size (first: unknown "
                    + sym.perm[column] + "). Check the constraints: a floating cluster (particles or electrolyte"
                    + " touching neither terminal, or a field without any Dirichlet condition or terminal) leaves its"
                    + " potential undetermined; a zero row or column means an unknown no equation uses");
        }
    }

    /** Largest |a_ij| of each column j of A, indexed by the new column number. */
    private static double[] columnNorms(SymbolicAnalysis sym, SparseMatrix a) {
        double[] norm = new double[sym.n];
        int[] ci = a.pattern().colIdx();
        double[] v = a.values();
        for (int k = 0; k < v.length; k++) {
            int c = sym.inv[ci[k]];
            norm[c] = Math.max(norm[c], Math.abs(v[k]));
        }
        return norm;
    }
}
