package org.ssbfem.mesh.gmsh;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and loads the Gmsh shared library once per JVM and detects its {@link GmshAbi}.
 *
 * <p>Search order: the system property {@code ssbfem.gmsh.library} (a file path or library name)
 * when set, then {@code gmsh} (needs the unversioned {@code libgmsh.so} of the -dev package), then
 * the versioned sonames {@code libgmsh.so.4.20} down to {@code libgmsh.so.4.8} (the runtime
 * packages ship only those).
 */
final class GmshLoader {
    private static final Logger LOG = LoggerFactory.getLogger(GmshLoader.class);

    /** System property that names the library explicitly. */
    static final String LIBRARY_PROPERTY = "ssbfem.gmsh.library";

    private static volatile Loaded loaded;

    /** A loaded library with its ABI and the name it was found under. */
    record Loaded(GmshLib lib, GmshAbi abi, String name) { }

    private GmshLoader() { }

    /**
     * The loaded library, loading it on first use.
     *
     * @throws GmshException when no candidate loads or the platform's size_t is not 64-bit
     */
    static Loaded get() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (GmshLoader.class) {
                if (loaded == null) {
                    loaded = load();
                }
                l = loaded;
            }
        }
        return l;
    }

    /** Candidate library names, in search order. */
    static List<String> candidates() {
        List<String> names = new ArrayList<>();
        String explicit = System.getProperty(LIBRARY_PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            names.add(explicit.trim());
        }
        names.add("gmsh");
        for (int minor = 20; minor >= 8; minor--) {
            names.add("libgmsh.so.4." + minor);
        }
        return names;
    }

    private static Loaded load() {
        org.ssbfem.mesh.NativeThreads.limitBeforeLoading();
        if (Native.SIZE_T_SIZE != 8) {
            throw new GmshException("load", "ssbfem's Gmsh binding needs a 64-bit platform (size_t of "
                    + Native.SIZE_T_SIZE + " bytes found)");
        }
        List<String> failures = new ArrayList<>();
        for (String name : candidates()) {
            try {
                NativeLibrary nl = NativeLibrary.getInstance(name);
                GmshAbi abi = GmshAbi.fromSymbols(sym -> exports(nl, sym));
                GmshLib lib = Native.load(name, GmshLib.class);
                LOG.debug("loaded Gmsh library {} ({}), ABI {}", name, nl.getFile(), abi.family());
                return new Loaded(lib, abi, name);
            } catch (UnsatisfiedLinkError e) {
                failures.add(name);
            }
        }
        throw new GmshException("load", "the Gmsh shared library was not found (tried " + failures
                + "); install Gmsh 4.8 or later (Debian: apt-get install libgmsh-dev) or set -D"
                + LIBRARY_PROPERTY + "=/path/to/libgmsh.so");
    }

    private static boolean exports(NativeLibrary nl, String symbol) {
        try {
            nl.getFunction(symbol);
            return true;
        } catch (UnsatisfiedLinkError e) {
            return false;
        }
    }
}
