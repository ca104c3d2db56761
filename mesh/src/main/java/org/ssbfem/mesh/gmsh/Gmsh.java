package org.ssbfem.mesh.gmsh;

import com.sun.jna.ptr.IntByReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point to Gmsh. Gmsh keeps global state and is not thread-safe, so every use goes through
 * {@link #session(Function)}: it takes one JVM-wide lock, initializes Gmsh, runs the body with a
 * {@link GmshSession}, then finalizes Gmsh and releases the lock. Sessions of concurrent threads
 * therefore run one after the other; a session object is refused outside its body and on other
 * threads, so callers cannot use Gmsh unsafely.
 *
 * <pre>{@code
 * double volume = Gmsh.session(s -> {
 *     int box = s.occ().addBox(0, 0, 0, 1, 1, 1);
 *     s.occ().synchronize();
 *     return s.occ().getMass(new DimTag(3, box));
 * });
 * }</pre>
 */
public final class Gmsh {
    private static final Logger LOG = LoggerFactory.getLogger(Gmsh.class);
    private static final ReentrantLock LOCK = new ReentrantLock(true);

    private Gmsh() { }

    /**
     * Runs {@code body} in a fresh Gmsh session with Gmsh's terminal log off.
     *
     * @return what {@code body} returns
     * @throws GmshException when Gmsh cannot be loaded, initialized or finalized, or a call fails
     * @throws IllegalStateException when called from inside another session (sessions do not nest)
     */
    public static <T> T session(Function<GmshSession, T> body) {
        return session(false, body);
    }

    /** As {@link #session(Function)} for a body that returns nothing. */
    public static void run(Consumer<GmshSession> body) {
        session(false, s -> {
            body.accept(s);
            return null;
        });
    }

    /**
     * Runs {@code body} in a fresh Gmsh session.
     *
     * @param showLog true to let Gmsh print its log on the terminal ({@code General.Terminal=1})
     * @return what {@code body} returns
     * @throws GmshException when Gmsh cannot be loaded, initialized or finalized, or a call fails
     * @throws IllegalStateException when called from inside another session (sessions do not nest)
     */
    public static <T> T session(boolean showLog, Function<GmshSession, T> body) {
        LOCK.lock();
        try {
            if (LOCK.getHoldCount() > 1) {
                throw new IllegalStateException("Gmsh sessions do not nest: finish the running session"
                        + " before opening another");
            }
            GmshLoader.Loaded loaded = GmshLoader.get();
            NativeGmsh nat = new NativeGmsh(loaded.lib(), loaded.abi());
            initialize(nat);
            return runAndFinalize(nat, showLog, body);
        } finally {
            LOCK.unlock();
        }
    }

    /** The ABI of the Gmsh library this JVM loads (loads it when needed; opens no session). */
    public static GmshAbi abi() {
        return GmshLoader.get().abi();
    }

    private static void initialize(NativeGmsh nat) {
        IntByReference ierr = nat.ierr();
        if (nat.abi.initializeHasRun()) {
            nat.lib.gmshInitialize(0, null, 0, 0, ierr);
        } else {
            nat.lib.gmshInitialize(0, null, 0, ierr);
        }
        nat.check("gmshInitialize", ierr);
    }

    private static <T> T runAndFinalize(NativeGmsh nat, boolean showLog, Function<GmshSession, T> body) {
        Throwable failure = null;
        try {
            GmshSession s = new GmshSession(nat);
            s.setNumber("General.Terminal", showLog ? 1 : 0);
            s.clear(); // also resets Gmsh's error counter, which outlives finalize
            return body.apply(s);
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            nat.close();
            finalizeQuietly(nat, failure);
        }
    }

    private static void finalizeQuietly(NativeGmsh nat, Throwable failure) {
        IntByReference ierr = new IntByReference();
        nat.lib.gmshFinalize(ierr);
        if (ierr.getValue() != 0) {
            GmshException e = new GmshException("gmshFinalize", nat.lastError());
            if (failure == null) {
                throw e;
            }
            failure.addSuppressed(e);
            LOG.warn("Gmsh finalize failed after an earlier error: {}", e.getMessage());
        }
    }
}
