package org.ssbfem.mesh.io;

import java.util.Arrays;

/** A growable array of {@code int}, without boxing (package-private helper of the readers). */
final class IntList {
    private int[] data;
    private int size;

    IntList(int initialCapacity) {
        data = new int[Math.max(initialCapacity, 16)];
    }

    int size() { return size; }

    int get(int i) { return data[i]; }

    void set(int i, int value) { data[i] = value; }

    void add(int value) {
        if (size == data.length) {
            grow(size + 1);
        }
        data[size++] = value;
    }

    /** Makes room for {@code extra} more values without further growth. */
    void ensureExtra(int extra) {
        if (size + extra > data.length) {
            grow(size + extra);
        }
    }

    /** The internal array (length may exceed {@link #size()}). */
    int[] raw() { return data; }

    /** A copy trimmed to the size, or the internal array itself when it already has that length. */
    int[] toArray() {
        return data.length == size ? data : Arrays.copyOf(data, size);
    }

    private void grow(int minCapacity) {
        long wanted = Math.max((long) minCapacity, data.length + (data.length >> 1) + 16L);
        if (wanted > Integer.MAX_VALUE - 8) {
            if (minCapacity > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than 2^31 values in one array");
            }
            wanted = Integer.MAX_VALUE - 8;
        }
        data = Arrays.copyOf(data, (int) wanted);
    }
}
