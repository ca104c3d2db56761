package org.ssbfem.solver.study.conductivity;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.fem.PointSet;
import org.ssbfem.solver.fem.Quadrature;
import org.ssbfem.solver.space.FieldEvaluator;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The current density {@code i = -sigma grad u} of a potential, integrated cell by cell: the cell
 * average of i (A/m^2, for the VTU file) and the dissipated power {@code P = int sigma |grad u|^2 dV}
 * (W; W/m in 2D), computed by quadrature from the potential alone, independently of the matrix.
 * The rule has degree {@code 2p - 2} on straight cells, where it is exact (one point for P1), and
 * {@code 2p + order - 1}, the assembler's, on curved ones.
 *
 * @param cellAverage cell-average current density, 3 per mesh cell (x, y, z), A/m^2; zero on cells
 *     outside the space
 * @param powerW dissipated power, W
 */
public record CurrentField(double[] cellAverage, double powerW) {

    /**
     * @param system the transport (space and conductivities)
     * @param potential potential per space dof, V (not modified)
     */
    public static CurrentField of(ConductionSystem system, double[] potential) {
        FunctionSpace space = system.space();
        Mesh mesh = space.mesh();
        int degree = mesh.order() == 1 ? Math.max(1, 2 * space.degree() - 2) : 2 * space.degree() + mesh.order() - 1;
        FieldEvaluator ev = new FieldEvaluator(space, potential, PointSet.of(Quadrature.simplex(mesh.dim(), degree)));
        double[] avg = new double[3 * mesh.cellCount()];
        double power = 0;
        for (int c : space.cells()) {
            double sigma = system.sigmaOfRegion(mesh.cellRegions()[c]);
            ev.compute(c);
            double vol = 0;
            for (int q = 0; q < ev.size(); q++) {
                double w = ev.geometry().weight(q);
                vol += w;
                for (int d = 0; d < mesh.dim(); d++) {
                    double g = ev.gradient(q, d);
                    power += sigma * g * g * w;
                    avg[3 * c + d] -= sigma * g * w;
                }
            }
            for (int d = 0; d < 3; d++) {
                avg[3 * c + d] /= vol;
            }
        }
        return new CurrentField(avg, power);
    }
}
