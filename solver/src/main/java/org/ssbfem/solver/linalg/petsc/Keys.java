package org.ssbfem.solver.linalg.petsc;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ssbfem.mesh.InputError;

/** Lookup of an enum constant by its case-file key, shared by the PETSc choice enums. */
final class Keys {
    private Keys() {
    }

    /**
     * The constant of {@code values} whose key equals {@code name} (case-insensitive, trimmed).
     *
     * @param what what is being chosen, e.g. "Krylov method", for the message
     * @param where parameter path, e.g. {@code solver.petsc.ksp}
     * @throws InputError for an unknown name, listing the valid ones
     */
    static <E> E parse(E[] values, Function<E, String> key, String name, String what, String where) {
        String k = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (E e : values) {
            if (key.apply(e).equals(k)) {
                return e;
            }
        }
        throw new InputError(where, "unknown PETSc " + what + " '" + name + "'",
                "use one of: " + Arrays.stream(values).map(key).collect(Collectors.joining(", ")));
    }
}
