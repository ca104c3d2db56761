package org.ssbfem.mesh.io;

import java.util.Arrays;

/**
 * Maps non-negative node tags (Gmsh numbers, up to 2^63) to 0-based indices without boxing.
 *
 * <p>Tags are usually dense (1..n), so they index an int array directly; when a tag is far
 * larger than the number of entries (sparse numbering), the map switches once to an open-addressing
 * hash table with linear probing.
 */
final class TagIndex {
    private static final int ABSENT = -1;
    private static final int MIN_DENSE_SPAN = 1 << 20;

    private int[] dense = new int[1024];
    private long[] keys;
    private int[] values;
    private int size;

    TagIndex() {
        Arrays.fill(dense, ABSENT);
    }

    /** Number of tags stored. */
    int size() { return size; }

    /** Prepares for tags up to {@code maxTag} and {@code count} entries (a hint). */
    void reserve(long maxTag, long count) {
        if (dense != null && maxTag < denseSpan(count) && maxTag >= dense.length && maxTag <= 8 * count) {
            growDense((int) maxTag + 1);
        }
    }

    /**
     * Stores {@code index} for {@code tag}.
     *
     * @return the index stored before for that tag, or -1 if there was none
     */
    int put(long tag, int index) {
        if (tag < 0) {
            throw new IllegalArgumentException("negative tag " + tag);
        }
        if (dense != null && tag >= dense.length) {
            if (tag < denseSpan(size + 1)) {
                growDense((int) Math.min(Math.max(tag + 1, 2L * dense.length), Integer.MAX_VALUE - 8));
            } else {
                toHash();
            }
        }
        int previous = dense != null ? putDense((int) tag, index) : putHash(tag, index);
        if (previous == ABSENT) {
            size++;
        }
        return previous;
    }

    /** The index stored for {@code tag}, or -1. */
    int get(long tag) {
        if (dense != null) {
            return tag >= 0 && tag < dense.length ? dense[(int) tag] : ABSENT;
        }
        int mask = keys.length - 1;
        for (int i = mix(tag) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == tag + 1) {
                return values[i];
            }
            if (k == 0) {
                return ABSENT;
            }
        }
    }

    /** Largest tag span kept dense for {@code count} entries: 8 times the count, at least 2^20. */
    private static long denseSpan(long count) {
        return Math.min(Math.max(8 * count, MIN_DENSE_SPAN), Integer.MAX_VALUE - 8);
    }

    private int putDense(int tag, int index) {
        int previous = dense[tag];
        dense[tag] = index;
        return previous;
    }

    private void growDense(int length) {
        int old = dense.length;
        dense = Arrays.copyOf(dense, length);
        Arrays.fill(dense, old, length, ABSENT);
    }

    private void toHash() {
        int[] old = dense;
        dense = null;
        allocateHash(Math.max(16, 4 * size));
        for (int t = 0; t < old.length; t++) {
            if (old[t] != ABSENT) {
                putHash(t, old[t]);
            }
        }
    }

    private int putHash(long tag, int index) {
        if (2 * (size + 1) > keys.length) {
            rehash();
        }
        int mask = keys.length - 1;
        for (int i = mix(tag) & mask; ; i = (i + 1) & mask) {
            long k = keys[i];
            if (k == 0) {
                keys[i] = tag + 1;
                values[i] = index;
                return ABSENT;
            }
            if (k == tag + 1) {
                int previous = values[i];
                values[i] = index;
                return previous;
            }
        }
    }

    private void rehash() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        allocateHash(2 * keys.length);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j] - 1) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }

    private void allocateHash(int minSlots) {
        int slots = Integer.highestOneBit(Math.max(minSlots, 16) - 1) << 1;
        keys = new long[slots];
        values = new int[slots];
    }

    private static int mix(long tag) {
        long h = tag * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
