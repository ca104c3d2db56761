package org.ssbfem.mesh.voxel;

import java.util.Arrays;

/** A growable int array (no boxing). */
final class Ints {
    private int[] data = new int[64];
    private int size;

    void add(int v) {
        if (size == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[size++] = v;
    }

    int size() { return size; }

    int[] toArray() { return Arrays.copyOf(data, size); }
}
