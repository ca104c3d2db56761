package org.ssbfem.solver.study.discharge;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.ssbfem.mesh.InputError;
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

    /** A new curve: {@code file} is replaced by the header alone. */
    CurveWriter(Path file, CellScale scale, double ceVsLiV) throws IOException {
        this(Files.newBufferedWriter(file), scale, ceVsLiV);
        out.write(HEADER);
        out.newLine();
        out.flush();
    }

    private CurveWriter(BufferedWriter out, CellScale scale, double ceVsLiV) {
        this.out = out;
        this.scale = scale;
        this.ceVsLiV = ceVsLiV;
    }

    /**
     * Continues the curve of an interrupted run: keeps the header and the first {@code rows} rows
     * of {@code file} (rows written after the state the run continues from are dropped; the file
     * is replaced atomically), gives each kept row to {@code plot}, and appends from there.
     *
     * @param rows rows to keep (one per accepted state, the initial one included)
     * @param lastTimeS time of the last kept row, s (checked to 1e-8 relative: the file must be
     *     the run's own)
     * @throws InputError when the file is missing, has another header, fewer rows, or another time
     */
    static CurveWriter reopen(Path file, CellScale scale, double ceVsLiV, int rows, double lastTimeS,
                              CurvePlot plot) throws IOException {
        List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
        String fix = "run without --resume to start again (or restore the file of the interrupted run)";
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new InputError(file.toString(), lines.isEmpty() ? "missing or empty, cannot continue the curve"
                    : "has another header than this version writes", fix);
        }
        if (lines.size() - 1 < rows) {
            throw new InputError(file.toString(), "has " + (lines.size() - 1) + " rows, but the checkpoint was saved"
                    + " after " + rows, fix);
        }
        List<String> kept = lines.subList(0, rows + 1);
        double t = Double.parseDouble(kept.get(rows).split(",", 2)[0]);
        if (!(Math.abs(t - lastTimeS) <= 1e-8 * Math.max(1.0, Math.abs(lastTimeS)))) {
            throw new InputError(file.toString(), "row " + rows + " is at t = " + t + " s, the checkpoint at "
                    + lastTimeS + " s", fix);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, kept);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        for (String row : kept.subList(1, kept.size())) {
            String[] c = row.split(",");
            plot.add(Integer.parseInt(c[1]) - 1, Double.parseDouble(c[2]), Double.parseDouble(c[4]));
        }
        return new CurveWriter(Files.newBufferedWriter(file, StandardOpenOption.APPEND), scale, ceVsLiV);
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
