package org.ssbfem.solver.linalg.petsc;

import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The expert options of one solver in PETSc's global options database, under the solver's own
 * prefix so that two solvers with different options do not see each other's: "-pc_type ilu"
 * given to the solver with prefix "ssb3_" is stored as "-ssb3_pc_type ilu" and read by its KSP
 * only. Every method must be called holding the PETSc lock.
 */
final class PrefixedOptions {
    private final PetscRuntime rt;
    private final String prefix;
    private final List<String> names;
    private final List<String> checked;

    /**
     * Inserts the expert options of {@code o} under {@code prefix}, then the settings this binding
     * imposes ({@link #imposed}), which win over the expert options.
     *
     * @throws org.ssbfem.solver.linalg.SolverException with PETSc's message when PETSc rejects the text
     */
    PrefixedOptions(PetscRuntime rt, String prefix, PetscOptions o) {
        this.rt = rt;
        this.prefix = prefix;
        List<String> all = new ArrayList<>(o.extraOptionNames());
        String text = o.extraOptions();
        if (!text.isEmpty()) {
            rt.check(rt.lib.PetscOptionsPrefixPush(null, prefix), "PetscOptionsPrefixPush");
            try {
                rt.check(rt.lib.PetscOptionsInsertString(null, text), "PetscOptionsInsertString('" + text + "')");
            } finally {
                rt.check(rt.lib.PetscOptionsPrefixPop(null), "PetscOptionsPrefixPop");
            }
        }
        for (String[] nameValue : imposed(o)) {
            rt.check(rt.lib.PetscOptionsSetValue(null, prefixed(nameValue[0]), nameValue[1]), "PetscOptionsSetValue");
            all.add(nameValue[0]);
        }
        this.names = List.copyOf(all);
        this.checked = List.copyOf(o.extraOptionNames());
    }

    /**
     * Settings that keep the process alive: SuperLU's incomplete factorization asks for the MC64
     * row permutation by default, and the SuperLU of Debian and Ubuntu, built without that non-free
     * code, calls abort() instead, which kills the JVM.
     */
    static List<String[]> imposed(PetscOptions o) {
        if (o.factorSolver() == FactorSolver.SUPERLU) {
            return List.<String[]>of(new String[] {"-mat_superlu_rowperm", "NOROWPERM"});
        }
        return List.of();
    }

    /** The given options that PETSc never read: misspelled, or not used by this method and preconditioner. */
    List<String> unused() {
        List<String> unused = new ArrayList<>();
        for (String name : checked) {
            IntByReference used = new IntByReference();
            // the database stores names without their leading '-'
            rt.check(rt.lib.PetscOptionsUsed(null, prefixed(name).substring(1), used), "PetscOptionsUsed");
            if (used.getValue() == 0) {
                unused.add(name);
            }
        }
        return unused;
    }

    /** Removes the options from the database (errors ignored: this runs while releasing). */
    void clear() {
        for (String name : names) {
            rt.lib.PetscOptionsClearValue(null, prefixed(name));
        }
    }

    private String prefixed(String name) {
        return "-" + prefix + name.substring(1);
    }
}
