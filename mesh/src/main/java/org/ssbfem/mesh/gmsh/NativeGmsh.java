package org.ssbfem.mesh.gmsh;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;

/**
 * The native library of one open session plus the plumbing every wrapper needs: the session guard
 * (right thread, session still open), error checking through {@code ierr}, and copying Gmsh-allocated
 * output arrays into Java arrays and releasing them with {@code gmshFree}.
 *
 * <p>Rule for callers: call, then {@link #check}, then {@code take*} the outputs. When Gmsh reports
 * an error its outputs were not allocated, so nothing leaks when {@code check} throws.
 */
final class NativeGmsh {
    final GmshLib lib;
    final GmshAbi abi;
    private final Thread owner;
    private volatile boolean open = true;

    NativeGmsh(GmshLib lib, GmshAbi abi) {
        this.lib = lib;
        this.abi = abi;
        this.owner = Thread.currentThread();
    }

    /**
     * A fresh error flag, after checking that this session may be used now.
     *
     * @throws IllegalStateException outside the session body or from another thread
     */
    IntByReference ierr() {
        if (!open) {
            throw new IllegalStateException("this Gmsh session has ended: use the session object only"
                    + " inside the body passed to Gmsh.session(...)");
        }
        if (Thread.currentThread() != owner) {
            throw new IllegalStateException("a Gmsh session may only be used by the thread that opened"
                    + " it (" + owner.getName() + "); Gmsh is not thread-safe");
        }
        return new IntByReference();
    }

    void close() { open = false; }

    /**
     * Throws when Gmsh reported an error.
     *
     * @throws GmshException carrying Gmsh's last error message
     */
    void check(String function, IntByReference ierr) {
        if (ierr.getValue() != 0) {
            throw new GmshException(function, lastError());
        }
    }

    /** Gmsh's last error message, or a placeholder when Gmsh gives none. */
    String lastError() {
        PointerByReference msg = new PointerByReference();
        IntByReference e = new IntByReference();
        lib.gmshLoggerGetLastError(msg, e);
        String text = e.getValue() == 0 ? takeString(msg) : null;
        return text == null || text.isEmpty() ? "(Gmsh gave no error message)" : text;
    }

    /** Copies and frees a Gmsh-allocated C string. */
    String takeString(PointerByReference ref) {
        Pointer p = ref.getValue();
        try {
            return p == null ? "" : p.getString(0, StandardCharsets.UTF_8.name());
        } finally {
            lib.gmshFree(p);
        }
    }

    /** Copies and frees a Gmsh-allocated {@code int} array of {@code n} entries. */
    int[] takeInts(PointerByReference ref, LongByReference n) {
        Pointer p = ref.getValue();
        try {
            return n.getValue() == 0 ? new int[0] : p.getIntArray(0, length(n.getValue()));
        } finally {
            lib.gmshFree(p);
        }
    }

    /** Copies and frees a Gmsh-allocated {@code size_t} array of {@code n} entries. */
    long[] takeSizes(PointerByReference ref, LongByReference n) {
        Pointer p = ref.getValue();
        try {
            return n.getValue() == 0 ? new long[0] : p.getLongArray(0, length(n.getValue()));
        } finally {
            lib.gmshFree(p);
        }
    }

    /** Copies and frees a Gmsh-allocated {@code double} array of {@code n} entries. */
    double[] takeDoubles(PointerByReference ref, LongByReference n) {
        Pointer p = ref.getValue();
        try {
            return n.getValue() == 0 ? new double[0] : p.getDoubleArray(0, length(n.getValue()));
        } finally {
            lib.gmshFree(p);
        }
    }

    /** Copies and frees a nested {@code int**} output with its {@code size_t*} lengths. */
    int[][] takeIntArrays(PointerByReference arrays, PointerByReference lengths, LongByReference count) {
        int nn = length(count.getValue());
        Pointer outer = arrays.getValue();
        Pointer lens = lengths.getValue();
        int[][] out = new int[nn][];
        try {
            long[] n = nn == 0 ? new long[0] : lens.getLongArray(0, nn);
            Pointer[] inner = nn == 0 ? new Pointer[0] : outer.getPointerArray(0, nn);
            for (int i = 0; i < nn; i++) {
                try {
                    out[i] = n[i] == 0 ? new int[0] : inner[i].getIntArray(0, length(n[i]));
                } finally {
                    lib.gmshFree(inner[i]);
                }
            }
            return out;
        } finally {
            lib.gmshFree(outer);
            lib.gmshFree(lens);
        }
    }

    /** Copies and frees a nested {@code size_t**} output with its {@code size_t*} lengths. */
    long[][] takeSizeArrays(PointerByReference arrays, PointerByReference lengths, LongByReference count) {
        int nn = length(count.getValue());
        Pointer outer = arrays.getValue();
        Pointer lens = lengths.getValue();
        long[][] out = new long[nn][];
        try {
            long[] n = nn == 0 ? new long[0] : lens.getLongArray(0, nn);
            Pointer[] inner = nn == 0 ? new Pointer[0] : outer.getPointerArray(0, nn);
            for (int i = 0; i < nn; i++) {
                try {
                    out[i] = n[i] == 0 ? new long[0] : inner[i].getLongArray(0, length(n[i]));
                } finally {
                    lib.gmshFree(inner[i]);
                }
            }
            return out;
        } finally {
            lib.gmshFree(outer);
            lib.gmshFree(lens);
        }
    }

    private static int length(long n) {
        if (n < 0 || n > Integer.MAX_VALUE - 8) {
            throw new GmshException("array output", "Gmsh returned an array of " + n
                    + " entries, more than a Java array holds");
        }
        return (int) n;
    }
}
