package org.ssbfem.solver.assembly;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The worker threads of a parallel assembly loop: daemon threads of a small pool created on the
 * first submit and ended after {@value #IDLE_SECONDS} s without work, so that an idle process holds
 * none. Also the waiting for a part that may not be abandoned (it writes into the caller's arrays).
 * Not thread-safe itself: one assembly at a time submits.
 */
final class WorkerPool {
    private static final long IDLE_SECONDS = 30;
    private static final AtomicInteger POOLS = new AtomicInteger();

    private final String name;
    private final int size;
    private ThreadPoolExecutor pool;

    /** @param name prefix of the threads' names; @param size number of worker threads, at least 1 */
    WorkerPool(String name, int size) {
        this.name = name;
        this.size = size;
    }

    /** Starts {@code task} on a worker thread. */
    Future<?> submit(Runnable task) {
        if (pool == null) {
            int id = POOLS.incrementAndGet();
            AtomicInteger count = new AtomicInteger();
            ThreadFactory daemons = r -> {
                Thread t = new Thread(r, name + "-" + id + "-" + count.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
            pool = new ThreadPoolExecutor(size, size, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    daemons);
            pool.allowCoreThreadTimeOut(true);
        }
        return pool.submit(task);
    }

    /**
     * Waits for {@code f} even when interrupted (the interrupt is kept for the caller); returns
     * {@code failure}, or the task's own failure if {@code failure} is null.
     */
    static Throwable await(Future<?> f, Throwable failure) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    f.get();
                    return failure;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    return failure != null ? failure : e.getCause();
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rethrows {@code failure} (if any) unchecked: runtime exceptions and errors as they are. */
    static void rethrow(Throwable failure, String what) {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(what + " failed on a worker thread", failure);
        }
    }
}
