package org.ssbfem.solver.study.conductivity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.casefile.CaseNode;

/**
 * The {@code conductivity:} section of a case, read and checked before any expensive work.
 *
 * <p>Keys (defaults in brackets; numeric defaults are written back into {@code case.resolved.yaml},
 * the list defaults are not):
 * <ul>
 *   <li>{@code transports}: list of {@code ionic}, {@code electronic}, {@code composite}
 *       ({@link Transport}) [ionic, electronic];</li>
 *   <li>{@code directions}: list of {@code x}, {@code y}, {@code z}, the directions of the applied
 *       potential difference [x]; summary names without a direction suffix refer to the first;</li>
 *   <li>{@code sigma_se_S_per_m}, {@code sigma_cam_S_per_m}, {@code sigma_cbd_S_per_m}: bulk
 *       conductivities, S/m [{@link Conductivities#defaults()}: assumptions, see there];</li>
 *   <li>{@code degree}: Lagrange degree, 1 or 2 [1]; 2 needs {@code mesh.order: 2};</li>
 *   <li>{@code applied_V}: potential difference between the plates, V [1]; the results do not
 *       depend on it (the problem is linear), only the potential and current fields do;</li>
 *   <li>{@code solver}: the linear solver ({@link SolverChoice}) [mtj, cg + jacobi, rtol 1e-10];</li>
 *   <li>{@code vtu}: write {@code conductivity_<transport>_<dir>.vtu} files [true].</li>
 * </ul>
 *
 * @param transports transports to solve, in order, without repeats
 * @param directions directions, in order, without repeats
 * @param sigma bulk conductivities
 * @param degree 1 or 2
 * @param appliedV potential difference, V, &gt; 0
 * @param solver linear solver
 * @param vtu whether to write VTU files
 */
public record ConductivitySettings(List<Transport> transports, List<Axis> directions, Conductivities sigma,
                                   int degree, double appliedV, SolverChoice solver, boolean vtu) {
    public ConductivitySettings {
        transports = List.copyOf(transports);
        directions = List.copyOf(directions);
        if (transports.isEmpty() || directions.isEmpty()) {
            throw new IllegalArgumentException("at least one transport and one direction");
        }
        if (degree != 1 && degree != 2) {
            throw new IllegalArgumentException("degree must be 1 or 2: " + degree);
        }
        if (!(appliedV > 0) || Double.isInfinite(appliedV)) {
            throw new IllegalArgumentException("applied potential must be positive: " + appliedV);
        }
    }

    /** One transport in direction x, P1, 1 V, default conductivities and solver, no VTU. */
    public static ConductivitySettings of(Transport transport, Conductivities sigma) {
        return new ConductivitySettings(List.of(transport), List.of(Axis.X), sigma, 1, 1.0,
                SolverChoice.defaults(), false);
    }

    /** The same settings with other directions. */
    public ConductivitySettings withDirections(Axis... axes) {
        return new ConductivitySettings(transports, List.of(axes), sigma, degree, appliedV, solver, vtu);
    }

    /** The same settings with another degree. */
    public ConductivitySettings withDegree(int p) {
        return new ConductivitySettings(transports, directions, sigma, p, appliedV, solver, vtu);
    }

    /** The same settings with another solver. */
    public ConductivitySettings withSolver(SolverChoice s) {
        return new ConductivitySettings(transports, directions, sigma, degree, appliedV, s, vtu);
    }

    /**
     * Reads section {@code c}.
     *
     * @throws InputError located at the key for an unknown name, a repeat, a non-positive value or a
     *     degree other than 1 or 2
     */
    public static ConductivitySettings read(CaseNode c) {
        List<Transport> transports = names(c, "transports", List.of(Transport.IONIC, Transport.ELECTRONIC),
                Transport::parse, "ionic, electronic, composite");
        List<Axis> directions = names(c, "directions", List.of(Axis.X), Axis::parse, "x, y, z");
        Conductivities sigma = new Conductivities(c.positive("sigma_se_S_per_m", Conductivities.DEFAULT_SE_S_PER_M),
                c.positive("sigma_cam_S_per_m", Conductivities.DEFAULT_CAM_S_PER_M),
                c.positive("sigma_cbd_S_per_m", Conductivities.DEFAULT_CBD_S_PER_M));
        int degree = c.integer("degree", 1);
        if (degree != 1 && degree != 2) {
            throw c.error("degree", "degree " + degree + " is not supported",
                    "use 1 (P1) or 2 (P2, needs mesh.order: 2)");
        }
        double applied = c.positive("applied_V", 1.0);
        SolverChoice solver = SolverChoice.read(c.section("solver"));
        boolean vtu = c.bool("vtu", true);
        return new ConductivitySettings(transports, directions, sigma, degree, applied, solver, vtu);
    }

    private static <T> List<T> names(CaseNode c, String key, List<T> def, Function<String, T> parse, String valid) {
        CaseNode n = c.get(key);
        if (n == null) {
            return def;
        }
        List<T> out = new ArrayList<>();
        List<CaseNode> items = n.isList() ? n.items() : List.of(n);
        for (CaseNode item : items) {
            T t = parse.apply(item.text());
            if (t == null || out.contains(t)) {
                String problem = t == null ? "unknown value '" + item.text() + "'"
                        : "'" + item.text() + "' is listed twice";
                throw c.error(key, problem, "list some of " + valid);
            }
            out.add(t);
        }
        if (out.isEmpty()) {
            throw c.error(key, "the list is empty", "list at least one of " + valid);
        }
        return out;
    }
}
