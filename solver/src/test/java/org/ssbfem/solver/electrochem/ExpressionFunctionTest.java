package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ssbfem.mesh.InputError;

/** Formulas of x from case files: values, the difference derivative, and the load-time checks. */
class ExpressionFunctionTest {
    @Test
    void valueAndDerivativeOfASmoothOcv() {
        LithiationFunction u = LithiationFunction.expression("4.2 - 0.9 * x - 0.05 * tanh((x - 0.8) / 0.05)",
                "case.yaml:3", 0.2, 1.0, false);
        for (double x = 0.25; x < 1; x += 0.05) {
            double exact = -0.9 - 0.05 / 0.05 / Math.pow(Math.cosh((x - 0.8) / 0.05), 2);
            assertEquals(4.2 - 0.9 * x - 0.05 * Math.tanh((x - 0.8) / 0.05), u.value(x), 1e-14);
            assertEquals(exact, u.derivative(x), 1e-6 * Math.abs(exact), "x = " + x);
        }
    }

    @Test
    void positiveFormulaIsChecked() {
        LithiationFunction d = LithiationFunction.expression("1e-14 * exp(-3 * x)", "case.yaml:4", 0.3, 1.0, true);
        assertEquals(1e-14 * Math.exp(-1.5), d.value(0.5), 1e-28);
        InputError e = assertThrows(InputError.class,
                () -> LithiationFunction.expression("1e-14 * (0.5 - x)", "case.yaml:5 (diffusivity)", 0.3, 1.0, true));
        assertTrue(e.getMessage().contains("case.yaml:5") && e.getMessage().contains("positive"), e.getMessage());
    }

    @Test
    void badFormulasNameTheirPlace() {
        InputError unknown = assertThrows(InputError.class,
                () -> LithiationFunction.expression("4.2 - y", "case.yaml:7", 0.3, 1.0, false));
        assertTrue(unknown.getMessage().contains("case.yaml:7"), unknown.getMessage());
        InputError infinite = assertThrows(InputError.class,
                () -> LithiationFunction.expression("1 / (x - 0.5)", "case.yaml:8", 0.0, 1.0, false));
        assertTrue(infinite.getMessage().contains("x = 0.5"), infinite.getMessage());
    }
}
