package org.ssbfem.mesh.micro;

/**
 * An axis-aligned box {@code [x0,x1] x [y0,y1] x [z0,z1]} in metres, used as the region a volume
 * is measured in (the whole cell box, or the composite layer {@code Lsep < x < Lx}).
 *
 * @param x0M lower x, metres
 * @param x1M upper x, metres (&gt;= x0M)
 * @param y0M lower y, metres
 * @param y1M upper y, metres (&gt;= y0M)
 * @param z0M lower z, metres
 * @param z1M upper z, metres (&gt;= z0M)
 */
public record Box(double x0M, double x1M, double y0M, double y1M, double z0M, double z1M) {
    public Box {
        if (!(x1M >= x0M) || !(y1M >= y0M) || !(z1M >= z0M)) {
            throw new IllegalArgumentException("box bounds must be ordered: " + x0M + ".." + x1M + ", "
                    + y0M + ".." + y1M + ", " + z0M + ".." + z1M);
        }
    }

    /** The cell box of a microstructure, {@code [0,Lx] x [0,Ly] x [0,Lz]}. */
    public static Box of(Microstructure m) {
        return new Box(0, m.lxM(), 0, m.lyM(), 0, m.lzM());
    }

    /** The composite layer of a microstructure, {@code [Lsep,Lx] x [0,Ly] x [0,Lz]}. */
    public static Box compositeOf(Microstructure m) {
        return new Box(m.separatorM(), m.lxM(), 0, m.lyM(), 0, m.lzM());
    }

    /** Volume in m^3. */
    public double volume() { return (x1M - x0M) * (y1M - y0M) * (z1M - z0M); }

    /** Lower bound along axis {@code d} (0 = x, 1 = y, 2 = z), metres. */
    public double lo(int d) { return d == 0 ? x0M : d == 1 ? y0M : z0M; }

    /** Upper bound along axis {@code d} (0 = x, 1 = y, 2 = z), metres. */
    public double hi(int d) { return d == 0 ? x1M : d == 1 ? y1M : z1M; }
}
