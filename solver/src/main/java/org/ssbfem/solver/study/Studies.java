package org.ssbfem.solver.study;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.ssbfem.mesh.InputError;

/** The registry of studies by name (Java services of type {@link Study}). */
public final class Studies {
    private Studies() {
    }

    /** All studies by name, in service order. */
    public static Map<String, Study> all() {
        Map<String, Study> m = new LinkedHashMap<>();
        for (Study s : ServiceLoader.load(Study.class)) {
            m.put(s.name(), s);
        }
        return m;
    }

    /**
     * The study named {@code name}.
     *
     * @param where file:line of the {@code study:} key, for the error message
     * @throws InputError listing valid names when there is no such study
     */
    public static Study byName(String name, String where) {
        Study s = all().get(name);
        if (s == null) {
            throw new InputError(where + " (study)", "unknown study '" + name + "'",
                    "use one of " + String.join(", ", all().keySet()));
        }
        return s;
    }
}
