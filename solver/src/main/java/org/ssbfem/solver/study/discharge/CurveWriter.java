package org.ssbfem.solver.study.discharge;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.ssbfem.solver.electrochem.Snapshot;
import org.ssbfem.solver.physics.ButlerVolmer;

/**
 * {@code discharge_curve.csv}: one row per accepted state, flushed at once so that an interrupted
 * run keeps every step it finished. Columns: time_s, protocol_step (1-based), capacity_mAh_g,
 * capacity_mAh_cm2 (net charge passed, discharge positive), voltage_V (vs the counter electrode),
 * voltage_vs_li_V, current_A, current_density_A_per_m2 (per collector area), mean_lithiation,
 * min_lithiation, max_lithiation, utilization (lithium inserted over what the CAM can take),
 * step_s, bdf_order, newton_iterations, krylov_iterations, li_balance_error (|inserted Li F - Q| /
 * |Q|), charge_balance_error (|interface current - collector current| / 1C current).
 */
final class CurveWriter implements Closeable {
    static final String HEADER = "time_s,protocol_step,capacity_mAh_g,capacity_mAh_cm2,voltage_V,voltage_vs_li_V,"
            + "current_A,current_density_A_per_m2,mean_lithiation,min_lithiation,max_lithiation,utilization,step_s,"
            + "bdf_order,newton_iterations,krylov_iterations,li_balance_error,charge_balance_error";

    private final BufferedWriter out;
    private final CellScale scale;
    private final double ceVsLiV;

    CurveWriter(Path file, CellScale scale, double ceVsLiV) throws IOException {
        this.out = Files.newBufferedWriter(file);
        this.scale = scale;
        this.ceVsLiV = ceVsLiV;
        out.write(HEADER);
        out.newLine();
        out.flush();
    }

    /** |inserted Li F - Q| / |Q| (0 before any charge has passed). */
    static double liBalanceError(Snapshot s) {
        double q = Math.abs(s.chargeC());
        return q == 0 ? 0.0 : Math.abs(s.insertedLiMol() * ButlerVolmer.FARADAY_C_PER_MOL - s.chargeC()) / q;
    }

    /** |interface current - collector current| / I_1C. */
    static double chargeBalanceError(Snapshot s, double oneCA) {
        return s.order() == 0 ? 0.0 : Math.abs(s.interfaceCurrentA() - s.currentA()) / oneCA;
    }

    void write(Snapshot s) throws IOException {
        out.write(String.format(Locale.ROOT, "%.9g,%d,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g,%.9g,%.6g,%d,%d,%d,"
                + "%.3e,%.3e", s.timeS(), s.protocolStep() + 1, scale.mAhPerG(s.chargeC()),
                scale.mAhPerCm2(s.chargeC()), s.voltageV() - ceVsLiV, s.voltageV(), s.currentA(),
                s.currentA() / scale.collectorAreaM2(), s.meanLithiation(), s.minLithiation(), s.maxLithiation(),
                s.insertedLiMol() / scale.liCapacityMol(), s.stepS(), s.order(), s.newtonIterations(),
                s.linearIterations(), liBalanceError(s), chargeBalanceError(s, scale.oneCA())));
        out.newLine();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
