package org.ssbfem.solver.electrochem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.physics.Coefficient;

/** Tables, the OCV, positive tables, the rate-constant exchange current and their derivatives. */
class MaterialFunctionsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsCommentsHeaderAndRows() throws Exception {
        TableFile t = TableFile.read(write("ocv.csv", "# source: a paper\nx,U_V\n0.2, 4.3\n\n0.5,3.9\n# mid\n1.0;3.5\n"));
        assertEquals(3, t.x().length);
        assertEquals(3.9, t.y()[1]);
        assertEquals("source: a paper", t.comments().get(0));
    }

    @Test
    void refusesBadTablesNamingFileAndLine() throws Exception {
        Path bad = write("bad.csv", "x,y\n0.1,1\n0.2,oops\n");
        InputError e = assertThrows(InputError.class, () -> TableFile.read(bad));
        assertTrue(e.where().endsWith("bad.csv:3"), e.getMessage());
        Path unsorted = write("unsorted.csv", "0.5,1\n0.2,2\n");
        assertThrows(InputError.class, () -> LithiationFunction.table(TableFile.read(unsorted)));
        Path negative = write("negative.csv", "0.1,1e-15\n0.5,-1e-15\n");
        assertThrows(InputError.class, () -> LithiationFunction.positiveTable(TableFile.read(negative)));
        assertThrows(InputError.class, () -> TableFile.read(dir.resolve("missing.csv")));
    }

    @Test
    void ocvTableChecksItsRangeAndGivesDerivativesInConcentration() throws Exception {
        LithiationFunction u = LithiationFunction.table(TableFile.read(write("u.csv", "0.25,4.4\n0.5,3.9\n0.75,3.7\n1,3.5\n")));
        u.requireCovers(0.3, 1.0, "here");
        InputError e = assertThrows(InputError.class, () -> u.requireCovers(0.2, 1.0, "cell.cam.ocv_V"));
        assertTrue(e.getMessage().contains("0.25"), e.getMessage());
        Coefficient c = u.ofConcentration(1000.0);
        for (double x = 0.3; x < 1; x += 0.07) {
            double h = 1e-3;
            double fd = (c.value(1000 * x + h) - c.value(1000 * x - h)) / (2 * h);
            assertEquals(fd, c.derivative(1000 * x), 1e-7);
            assertEquals(u.value(x), c.value(1000 * x), 1e-15);
        }
    }

    @Test
    void positiveTableInterpolatesTheLogarithm() throws Exception {
        LithiationFunction d = LithiationFunction.positiveTable(TableFile.read(write("d.csv", "0.2,1e-13\n0.6,1e-15\n1.0,1e-17\n")));
        assertEquals(1e-14, d.value(0.4), 1e-14 * 0.2, "geometric mean between two log-spaced points");
        for (double x = -0.5; x < 1.6; x += 0.05) {
            assertTrue(d.value(x) > 0, "positive everywhere, also outside the table");
            double h = 1e-6;
            assertEquals((d.value(x + h) - d.value(x - h)) / (2 * h), d.derivative(x), 1e-6 * Math.abs(d.derivative(x)) + 1e-30);
        }
    }

    @Test
    void rateConstantExchangeCurrentMatchesChen2020() {
        double k = 3.42e-6 / ButlerVolmer.FARADAY_C_PER_MOL;
        ExchangeCurrent i0 = new ExchangeCurrent(k, 1000.0, 63104.0, 0.5, 0.5);
        double c = 0.4 * 63104.0;
        double pybamm = 3.42e-6 * Math.sqrt(1000.0) * Math.sqrt(c) * Math.sqrt(63104.0 - c);
        assertEquals(pybamm, i0.value(0.4), 1e-12 * pybamm);
        for (double x : new double[] {0.3e-4, 0.05, 0.25, 0.5, 0.75, 0.95, 1 - 0.3e-4}) {
            double h = 1e-9;
            assertEquals((i0.value(x + h) - i0.value(x - h)) / (2 * h), i0.derivative(x), 1e-5 * Math.abs(i0.derivative(x)) + 1e-5,
                    "x = " + x);
        }
        assertEquals(0.0, i0.value(1.0));
        assertEquals(0.0, i0.value(1.2));
        assertEquals(0.0, i0.derivative(-0.1));
        double g = ExchangeCurrent.X_GUARD;
        assertEquals(i0.value(1 - g), i0.value(1 - g * (1 + 1e-12)), 1e-9 * i0.value(1 - g), "continuous at the guard");
    }

    /** Central difference of f at x with step h. */
    private static double fd(LithiationFunction f, double x, double h) {
        return (f.value(x + h) - f.value(x - h)) / (2 * h);
    }

    @Test
    void exchangeCurrentGuardIsC1AndItsBranchesDriveTheLithiationBack() {
        ExchangeCurrent i0 = new ExchangeCurrent(3.42e-6 / ButlerVolmer.FARADAY_C_PER_MOL, 1000.0, 63104.0, 0.5, 0.5);
        LithiationFunction a = i0.anodic();
        LithiationFunction c = i0.cathodic();
        double g = ExchangeCurrent.X_GUARD;
        for (double x = 0; x <= 1; x += 1.0 / 64) {
            assertEquals(i0.value(x), a.value(x), 0.0, "anodic branch = i0 at x = " + x);
            assertEquals(i0.value(x), c.value(x), 0.0, "cathodic branch = i0 at x = " + x);
        }
        for (double end : new double[] {g, 1 - g}) {
            double below = i0.derivative(end * (1 - 1e-12));
            double above = i0.derivative(end * (1 + 1e-12));
            assertEquals(below, above, 1e-6 * Math.abs(below), "slope continuous where the guard starts, x = " + end);
        }
        for (double x : new double[] {0.5 * g, 1 - 0.5 * g, 1 + 0.5 * g, 1.01, -0.5 * g, -0.01}) {
            assertEquals(fd(c, x, 1e-9), c.derivative(x), 1e-6 * Math.abs(c.derivative(x)) + 1e-9, "cathodic at " + x);
            assertEquals(fd(a, x, 1e-9), a.derivative(x), 1e-6 * Math.abs(a.derivative(x)) + 1e-9, "anodic at " + x);
        }
        assertEquals(c.derivative(1 - 1e-12), c.derivative(1 + 1e-12), 1e-6 * Math.abs(c.derivative(1)),
                "cathodic branch C1 through x = 1");
        assertEquals(a.derivative(1e-12), a.derivative(-1e-12), 1e-6 * Math.abs(a.derivative(0)),
                "anodic branch C1 through x = 0");
        assertTrue(c.value(1.001) < 0 && a.value(1.001) == 0, "beyond x = 1 the insertion term extracts");
        assertTrue(a.value(-0.001) < 0 && c.value(-0.001) == 0, "below x = 0 the extraction term inserts");
        assertTrue(i0.derivative(1 - 0.5 * g) < 0 && i0.value(1 - 0.5 * g) > 0, "falls to zero inside the guard");
    }
}
