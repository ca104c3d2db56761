package org.ssbfem.mesh.io;

/**
 * Reads the {@code $PhysicalNames} section (text in every format version, also in binary files):
 * a count, then one {@code dim tag "name"} line per group.
 */
final class PhysicalNames {
    private PhysicalNames() {
    }

    /** Reads the section body and its end line into {@code content}. */
    static void read(MshInput in, MshContent content) {
        int n = in.nextInt("number of physical names");
        for (int i = 0; i < n; i++) {
            int dim = in.nextInt("physical group dimension");
            int tag = in.nextInt("physical group tag");
            String rest = in.nextLine();
            if (rest == null) {
                throw in.truncated();
            }
            content.addPhysicalName(dim, tag, unquote(rest.trim(), in), in);
        }
        in.expectLine("$EndPhysicalNames");
    }

    private static String unquote(String s, MshInput in) {
        if (s.length() < 2 || s.charAt(0) != '"' || s.charAt(s.length() - 1) != '"') {
            throw in.error("a physical name must be in double quotes, found '" + MshInput.clip(s) + "'",
                    "write names as in Physical Volume(\"se\")");
        }
        String name = s.substring(1, s.length() - 1);
        if (name.isBlank()) {
            throw in.error("empty physical group name", "give every physical group a name");
        }
        return name;
    }
}
