package org.ssbfem.solver.study.discharge;

import java.util.Locale;
import org.ssbfem.solver.casefile.CaseNode;
import org.ssbfem.solver.electrochem.CellParameters;
import org.ssbfem.solver.electrochem.CounterElectrode;
import org.ssbfem.solver.electrochem.ExchangeCurrent;
import org.ssbfem.solver.electrochem.LithiationFunction;
import org.ssbfem.solver.electrochem.TableFile;
import org.ssbfem.solver.physics.CounterElectrodeKinetics;
import org.ssbfem.solver.study.RunContext;

/**
 * Reads and checks the {@code cell:} section of a discharge case into {@link CellParameters}.
 * Every value has its unit in its key; ranges are checked here with the key's file and line.
 *
 * <pre>
 * cell:
 *   temperature_K: 298.15
 *   cam:
 *     c_max_mol_per_m3: 63104
 *     initial_lithiation: 0.3          # 0 &lt; x_0 &lt; x_max
 *     max_lithiation: 1.0              # x_max &lt;= 1, for the theoretical capacity
 *     density_kg_per_m3: 4800          # for mAh/g
 *     ocv_V: {file: ocv.csv}           # rows x, U (V vs Li/Li+); PCHIP; or {expression: "4.2 - 0.9 * x"}
 *     diffusivity_m2_per_s: 4.0e-15    # a number, {file: D.csv} (rows x, D; PCHIP of log D), or {expression: ...}
 *     conductivity_S_per_m: 0.18       # a number, or {file: sigma.csv}
 *   se: {conductivity_S_per_m: 0.24}
 *   cbd: {conductivity_S_per_m: 10}    # used only when the mesh has a cbd region
 *   kinetics:
 *     alpha_a: 0.5
 *     alpha_c: 0.5
 *     exchange_current:                # form rate_constant (MODEL.md 3) or table
 *       form: rate_constant
 *       rate_constant_SI: 3.545e-11    # k; i0 = F k c_e^alpha_a (c_max - c)^alpha_a c^alpha_c
 *       c_e_mol_per_m3: 1000
 *       # form: table, file: i0.csv    # rows x, i0 in A/m^2
 *   counter_electrode:
 *     type: ideal                      # phi_e = 0 on the anode face; or butler_volmer:
 *     potential_vs_li_V: 0.0           # its potential vs Li/Li+ (Li-In: about 0.62)
 *     # exchange_current_A_per_m2: 10  # butler_volmer only, with alpha_a, alpha_c (default 0.5)
 * </pre>
 */
final class CellSection {
    /** Parameters and the counter electrode's potential vs Li, V. */
    record Read(CellParameters params, CounterElectrode counter) {
        double counterElectrodeVsLiV() { return counter.potentialVsLiV(); }
    }

    private CellSection() {
    }

    static Read read(RunContext ctx, CaseNode cell) {
        double temperature = cell.positive("temperature_K", 298.15);
        CaseNode cam = cell.section("cam");
        double cMax = cam.positive("c_max_mol_per_m3", 63104.0);
        double x0 = cam.number("initial_lithiation");
        double xMax = cam.number("max_lithiation", 1.0);
        if (!(xMax > 0 && xMax <= 1)) {
            throw cam.error("max_lithiation", "must lie in (0, 1], got " + xMax, "use 1 unless papers state less");
        }
        if (!(x0 > 0 && x0 < xMax)) {
            throw cam.error("initial_lithiation", String.format(Locale.ROOT, "must lie in (0, max_lithiation = %.4g),"
                    + " got %.4g", xMax, x0), "give the lithiation of the charged CAM, e.g. 0.3");
        }
        double density = cam.positive("density_kg_per_m3", 4800.0);
        LithiationFunction ocv = ocv(ctx, cam.section("ocv_V"), x0, xMax);
        LithiationFunction d = positiveFunction(ctx, cam, "diffusivity_m2_per_s", x0, xMax);
        LithiationFunction sigmaS = positiveFunction(ctx, cam, "conductivity_S_per_m", x0, xMax);
        double sigmaE = cell.section("se").positive("conductivity_S_per_m", 0.24);
        double sigmaCbd = cell.section("cbd").positive("conductivity_S_per_m", 10.0);
        CaseNode kin = cell.section("kinetics");
        double alphaA = kin.positive("alpha_a", 0.5);
        double alphaC = kin.positive("alpha_c", 0.5);
        LithiationFunction i0 = exchangeCurrent(ctx, kin.section("exchange_current"), cMax, alphaA, alphaC);
        return new Read(new CellParameters(cMax, x0, xMax, ocv, i0, alphaA, alphaC, d, sigmaS, sigmaE, sigmaCbd,
                density, temperature), counterElectrode(cell.section("counter_electrode"), temperature));
    }

    private static CounterElectrode counterElectrode(CaseNode ce, double temperatureK) {
        String type = ce.choice("type", "ideal", "ideal", "butler_volmer");
        double vsLi = ce.number("potential_vs_li_V", 0.0);
        if (!(vsLi > -1 && vsLi < 3)) {
            throw ce.error("potential_vs_li_V", "must lie within (-1, 3) V vs Li, got " + vsLi,
                    "0 for Li metal, about 0.62 for Li-In");
        }
        if ("ideal".equals(type)) {
            return new CounterElectrode(null, vsLi);
        }
        double i0 = ce.number("exchange_current_A_per_m2");
        if (!(i0 > 0)) {
            throw ce.error("exchange_current_A_per_m2", "must be positive, got " + i0,
                    "give the counter electrode's i0, e.g. 10 A/m2 for Li | Li6PS5Cl");
        }
        return new CounterElectrode(new CounterElectrodeKinetics(i0, ce.positive("alpha_a", 0.5),
                ce.positive("alpha_c", 0.5), temperatureK), vsLi);
    }

    /** U(x): {@code {file: table.csv}} (PCHIP) or {@code {expression: "..."}}, covering [x0, xMax]. */
    private static LithiationFunction ocv(RunContext ctx, CaseNode n, double x0, double xMax) {
        if (n.has("expression") == n.has("file")) {
            throw n.error("file", "give the OCV as a table or as a formula (exactly one)",
                    "write ocv_V: {file: ocv.csv} (rows x, U) or ocv_V: {expression: \"4.2 - 0.9 * x\"}");
        }
        if (n.has("expression")) {
            CaseNode e = n.require("expression");
            return LithiationFunction.expression(e.text(), e.where() + " (ocv_V.expression)", x0, xMax, false);
        }
        LithiationFunction ocv = LithiationFunction.table(TableFile.read(ctx.caseFile(n.require("file").text())));
        ocv.requireCovers(x0, xMax, n.require("file").where() + " (cell.cam.ocv_V.file)");
        return ocv;
    }

    /**
     * A positive number at {@code key}, {@code {file: ...}} with a table of x and positive values,
     * or {@code {expression: ...}} positive on [x0, xMax].
     */
    private static LithiationFunction positiveFunction(RunContext ctx, CaseNode parent, String key, double x0,
                                                       double xMax) {
        CaseNode n = parent.require(key);
        if (n.isMap() && n.has("expression")) {
            CaseNode e = n.require("expression");
            return LithiationFunction.expression(e.text(), e.where() + " (" + key + ".expression)", x0, xMax, true);
        }
        if (n.isMap()) {
            return LithiationFunction.positiveTable(TableFile.read(ctx.caseFile(n.require("file").text())));
        }
        double v = n.number();
        if (!(v > 0)) {
            throw parent.error(key, "must be positive, got " + v, "give a value > 0 (or {file: table.csv})");
        }
        return LithiationFunction.constant(v);
    }

    private static LithiationFunction exchangeCurrent(RunContext ctx, CaseNode ex, double cMax, double alphaA,
                                                      double alphaC) {
        String form = ex.choice("form", "rate_constant", "rate_constant", "table");
        if ("table".equals(form)) {
            return LithiationFunction.positiveTable(TableFile.read(ctx.caseFile(ex.require("file").text())));
        }
        double k = ex.number("rate_constant_SI");
        if (!(k > 0)) {
            throw ex.error("rate_constant_SI", "must be positive, got " + k, "e.g. 3.545e-11 (NMC811, Chen 2020)");
        }
        double ce = ex.positive("c_e_mol_per_m3", 1000.0);
        return new ExchangeCurrent(k, ce, cMax, alphaA, alphaC);
    }
}
