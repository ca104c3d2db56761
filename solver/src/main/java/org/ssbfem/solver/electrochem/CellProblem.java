package org.ssbfem.solver.electrochem;

import org.ssbfem.solver.linalg.ParallelRows;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.linalg.SparsityPattern;
import org.ssbfem.solver.nonlinear.NonlinearProblem;
import org.ssbfem.solver.physics.ButlerVolmer;

/**
 * The cell's equations at one time level in scaled unknowns, with the terminal condition
 * (MODEL.md sections 4 and 5). Unknowns {@code y = u / s_col}: potentials in volts ({@code s = 1
 * V}), concentrations as lithiation ({@code s = c_max}). Residual {@code s_row F(u)}: current rows
 * divided by the reference current {@code I_ref} (A), lithium rows by {@code I_ref / F} (mol/s).
 * The raw SI system spans some 20 orders of magnitude; the scaled one is of order one, so Newton's
 * residual norm weighs every equation alike and its tolerance reads as a fraction of I_ref.
 *
 * <p>Terminal condition on the merged collector unknown V, whose assembled row is the net
 * interface current {@code int i_n dA}: galvanostatic adds the applied current I (positive on
 * discharge: current leaves the cathode through the collector), so the row reads
 * {@code int i_n dA + I = 0}; potentiostatic replaces the row by {@code (V - V_set) / 1 V}.
 * Not thread-safe (scratch arrays).
 */
public final class CellProblem implements NonlinearProblem {
    private final CellModel model;
    private final double referenceCurrentA;
    private final double[] rowScale;
    private final double[] colScale;
    private final double[] u;
    private final double[] r;
    private boolean potentiostatic;
    private double currentA;
    private double voltageV;
    private double lastCollectorCurrentA = Double.NaN;
    private double lastFloor;

    /**
     * @param model the cell
     * @param referenceCurrentA current scale I_ref, A (e.g. the 1C current), &gt; 0
     */
    private double assemblySeconds;
    private int jacobianAssemblies;
    private int residualAssemblies;

    public CellProblem(CellModel model, double referenceCurrentA) {
        if (!(referenceCurrentA > 0)) {
            throw new IllegalArgumentException("reference current must be positive: " + referenceCurrentA);
        }
        this.model = model;
        this.referenceCurrentA = referenceCurrentA;
        int n = model.size();
        this.rowScale = new double[n];
        this.colScale = new double[n];
        double cMax = model.params().cMaxMolPerM3();
        for (int i = 0; i < n; i++) {
            boolean lithium = model.fieldOf(i) == 2;
            colScale[i] = lithium ? cMax : 1.0;
            rowScale[i] = lithium ? ButlerVolmer.FARADAY_C_PER_MOL / referenceCurrentA : 1.0 / referenceCurrentA;
        }
        this.u = new double[n];
        this.r = new double[n];
    }

    public CellModel model() { return model; }

    /** I_ref, A. */
    public double referenceCurrentA() { return referenceCurrentA; }

    /** Galvanostatic: the applied current, A, positive on discharge. */
    public void setCurrent(double appliedCurrentA) {
        this.potentiostatic = false;
        this.currentA = appliedCurrentA;
    }

    /** Potentiostatic: the terminal voltage (vs Li; the model's offset is taken off here), V. */
    public void setVoltage(double terminalV) {
        this.potentiostatic = true;
        this.voltageV = terminalV - model.offsetV();
    }

    /** True in potentiostatic mode. */
    public boolean potentiostatic() { return potentiostatic; }

    /** The applied current (galvanostatic), A. */
    public double appliedCurrentA() { return currentA; }

    /**
     * The collector current at the last evaluated state, A: {@code -R_V} of the assembled
     * equations before the terminal condition (the net current through the merged collector row);
     * NaN before the first evaluation. After a converged Newton solve the last evaluation is the
     * solution's.
     */
    public double lastCollectorCurrentA() { return lastCollectorCurrentA; }

    /** SI unknowns to scaled ones ({@code y} overwritten). */
    public void toScaled(double[] uSi, double[] y) {
        for (int i = 0; i < y.length; i++) {
            y[i] = uSi[i] / colScale[i];
        }
    }

    /** Scaled unknowns to SI ones ({@code uSi} overwritten). */
    public void toSi(double[] y, double[] uSi) {
        for (int i = 0; i < y.length; i++) {
            uSi[i] = y[i] * colScale[i];
        }
    }

    /** Row scale of unknown {@code i} (the factor from SI residual to scaled residual). */
    public double rowScale(int i) { return rowScale[i]; }

    @Override public int size() { return u.length; }

    @Override public SparsityPattern jacobianPattern() { return model.assembler().pattern(); }

    @Override
    public void residual(double[] y, double[] residual) {
        evaluate(y, residual, null);
    }

    @Override
    public void residualAndJacobian(double[] y, double[] residual, SparseMatrix jacobian) {
        evaluate(y, residual, jacobian);
    }

    /** Wall time of all residual and Jacobian evaluations so far (assembly and scaling), s. */
    public double assemblySeconds() { return assemblySeconds; }

    /** Number of evaluations with a Jacobian so far. */
    public int jacobianAssemblies() { return jacobianAssemblies; }

    /** Number of residual-only evaluations so far. */
    public int residualAssemblies() { return residualAssemblies; }

    private void evaluate(double[] y, double[] residual, SparseMatrix jacobian) {
        long t0 = System.nanoTime();
        try {
            evaluateTimed(y, residual, jacobian);
        } finally {
            assemblySeconds += (System.nanoTime() - t0) * 1e-9;
            if (jacobian != null) {
                jacobianAssemblies++;
            } else {
                residualAssemblies++;
            }
        }
    }

    private void evaluateTimed(double[] y, double[] residual, SparseMatrix jacobian) {
        toSi(y, u);
        model.assembler().assemble(u, r, jacobian);
        int v = model.voltageUnknown();
        lastCollectorCurrentA = -r[v];
        if (potentiostatic) {
            r[v] = (u[v] - voltageV) / rowScale[v];
        } else {
            r[v] += currentA;
        }
        for (int i = 0; i < r.length; i++) {
            residual[i] = rowScale[i] * r[i];
        }
        if (jacobian != null) {
            scale(jacobian, v, y);
        }
    }

    /**
     * J_scaled = D_row J D_col; in potentiostatic mode row V becomes the unit row. Also measures
     * the rounding floor {@code eps ||(|J_scaled| |y|)||_2} at {@code y}.
     */
    private void scale(SparseMatrix j, int v, double[] y) {
        int[] rp = j.pattern().rowPtr();
        int[] ci = j.pattern().colIdx();
        double[] a = j.values();
        double floor = ParallelRows.sum(rowScale.length, (from, to) -> {
            double part = 0;
            for (int i = from; i < to; i++) {
                double row = 0;
                for (int k = rp[i]; k < rp[i + 1]; k++) {
                    a[k] *= rowScale[i] * colScale[ci[k]];
                    row += Math.abs(a[k] * y[ci[k]]);
                }
                part += i == v && potentiostatic ? 0.0 : row * row;
            }
            return part;
        });
        if (potentiostatic) {
            for (int k = rp[v]; k < rp[v + 1]; k++) {
                a[k] = ci[k] == v ? colScale[v] : 0.0;
            }
        }
        lastFloor = Math.ulp(1.0) * Math.sqrt(floor);
    }

    /**
     * The rounding floor {@code eps ||(|J| |y|)||_2} of the scaled residual at the last Jacobian
     * evaluation: very conductive phases (large stiffness entries against a small reference
     * current) and very small time steps (the mass term over dt) raise it above any fixed
     * tolerance.
     */
    @Override
    public double residualFloor() { return lastFloor; }
}
