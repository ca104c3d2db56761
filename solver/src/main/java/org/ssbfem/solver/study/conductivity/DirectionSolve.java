package org.ssbfem.solver.study.conductivity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.ssbfem.solver.linalg.LinearSolver;
import org.ssbfem.solver.linalg.SolveReport;
import org.ssbfem.solver.linalg.SparseMatrix;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * One direction of one transport: plates, clusters, elimination of the plate and isolated dofs,
 * one linear solve, the matrix restored, then the plate currents from the restored matrix
 * (reactions) and the current field.
 */
final class DirectionSolve {
    private static final Logger LOG = LoggerFactory.getLogger(DirectionSolve.class);

    private DirectionSolve() {
    }

    /**
     * @param system the assembled transport (its matrix is modified during the solve and restored)
     * @param clusters the clusters of its space
     * @param m box and cell volumes
     * @param axis direction
     * @param appliedV potential difference, V
     * @param solver linear solver
     * @throws org.ssbfem.solver.linalg.SolverException when the solve does not converge
     */
    static DirectionResult run(ConductionSystem system, Clusters clusters, MeshMeasures m, Axis axis,
                               double appliedV, LinearSolver solver) {
        long t0 = System.nanoTime();
        FunctionSpace space = system.space();
        Plates plates = Plates.find(space, m, axis.index());
        Clusters.Classification cls = clusters.classify(plates, m);
        int n = system.size();
        boolean[] fixed = new boolean[n];
        double[] g = new double[n];
        double[] x = new double[n];
        constrain(system, plates, cls, appliedV, fixed, g);
        initialGuess(system, cls, m, axis.index(), appliedV, x);
        boolean spans = cls.count(Clusters.Kind.SPANNING) > 0;
        SolveReport report = spans ? solve(system.matrix(), fixed, g, x, solver) : null;
        double low = reaction(system, plates.low(), x);
        double high = reaction(system, plates.high(), x);
        double[] potential = system.toDofs(x);
        String reason = spans ? null : blocked(space, cls, axis);
        DirectionResult r = new DirectionResult(axis, appliedV, m.extent(axis.index()), m.faceArea(axis.index()), low,
                high, cls, report, reason, potential, CurrentField.of(system, potential),
                (System.nanoTime() - t0) * 1e-9);
        LOG.info("{} in {}: sigma_eff {} S/m (energy {}), plate currents {} / {} A{}", space.regions(), axis.key(),
                r.sigmaEffSPerM(), r.sigmaEnergySPerM(), high, low, report == null ? ", " + reason
                        : ", " + report.iterations() + " iterations");
        return r;
    }

    private static void constrain(ConductionSystem system, Plates plates, Clusters.Classification cls,
                                  double appliedV, boolean[] fixed, double[] g) {
        for (int d = 0; d < system.space().dofCount(); d++) {
            fixed[system.unknown(d)] = cls.ofDof(d) == Clusters.Kind.ISOLATED;
        }
        for (int d : plates.low()) {
            fixed[system.unknown(d)] = true;
        }
        for (int d : plates.high()) {
            fixed[system.unknown(d)] = true;
            g[system.unknown(d)] = appliedV;
        }
    }

    /**
     * An isolated cluster at 0 and a dead-end one at its plate's potential (both exact), a spanning
     * one on the linear profile between the plates (exact on the plates).
     */
    private static void initialGuess(ConductionSystem system, Clusters.Classification cls, MeshMeasures m, int axis,
                                     double appliedV, double[] x) {
        FunctionSpace space = system.space();
        for (int d = 0; d < space.dofCount(); d++) {
            int u = system.unknown(d);
            x[u] = switch (cls.ofDof(d)) {
                case ISOLATED -> 0.0;
                case DEAD_END -> cls.lowDof(d) ? 0.0 : appliedV;
                case SPANNING -> appliedV * (space.dofCoord(d, axis) - m.lo(axis)) / m.extent(axis);
            };
        }
    }

    private static SolveReport solve(SparseMatrix k, boolean[] fixed, double[] g, double[] x, LinearSolver solver) {
        double[] rhs = new double[x.length];
        for (int u = 0; u < x.length; u++) {
            x[u] = fixed[u] ? g[u] : x[u];
        }
        DirichletElimination e = DirichletElimination.apply(k, fixed, g, rhs);
        try {
            return solver.solve(k, rhs, x);
        } finally {
            e.undo();
        }
    }

    /** Sum over the dofs of a plate of (K x)_i: the current entering there, A. */
    private static double reaction(ConductionSystem system, int[] plateDofs, double[] x) {
        int[] rp = system.matrix().pattern().rowPtr();
        int[] ci = system.matrix().pattern().colIdx();
        double[] v = system.matrix().values();
        double s = 0;
        for (int d : plateDofs) {
            int i = system.unknown(d);
            for (int k = rp[i]; k < rp[i + 1]; k++) {
                s += v[k] * x[ci[k]];
            }
        }
        return s;
    }

    private static String blocked(FunctionSpace space, Clusters.Classification cls, Axis axis) {
        return "no cluster of " + space.regions() + " connects the plane " + axis.key() + " = min to " + axis.key()
                + " = max (" + cls.count(Clusters.Kind.DEAD_END) + " clusters touch one plane, "
                + cls.count(Clusters.Kind.ISOLATED) + " neither)";
    }
}
