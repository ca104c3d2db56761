package org.ssbfem.solver.assembly;

/**
 * One registered term bound to its slots: it implements the {@link QuadratureData} and
 * {@link LocalSystem} views the term sees, translating slot numbers to the field values of the
 * right side and to offsets in the local arrays. Created once per registration; no per-cell state
 * beyond the shared scratch it points to.
 */
final class Binding implements QuadratureData, LocalSystem {
    final Term term;
    final int[] slotField;
    final int[] slotSide;
    private final FieldValues[] slot;
    private final int[] slotOffset;
    private final SideData geometrySide;
    private final LocalArrays local;
    private final int kind;

    /** As {@link #Binding(Term, int[], int[], SideData[], LocalArrays, int)} of kind {@code kindOf(term, false)}. */
    Binding(Term term, int[] slotField, int[] slotSide, SideData[] sides, LocalArrays local) {
        this(term, slotField, slotSide, sides, local, kindOf(term, false));
    }

    /** @param kind the group the term runs in ({@link LocalArrays#group}) */
    Binding(Term term, int[] slotField, int[] slotSide, SideData[] sides, LocalArrays local, int kind) {
        if (slotField.length != term.slots()) {
            throw new IllegalArgumentException(term.getClass().getSimpleName() + " reads " + term.slots()
                    + " fields but was registered with " + slotField.length);
        }
        this.term = term;
        this.slotField = slotField.clone();
        this.slotSide = slotSide.clone();
        this.slot = new FieldValues[slotField.length];
        this.slotOffset = new int[slotField.length];
        for (int s = 0; s < slot.length; s++) {
            slot[s] = sides[slotSide[s]].fields[slotField[s]];
            slotOffset[s] = slotSide[s] * local.width + local.fieldOffset[slotField[s]];
        }
        this.geometrySide = sides[0];
        this.local = local;
        this.kind = kind;
    }

    /**
     * The kind of a term for the kept linear cell terms ({@link LinearCells}): nonlinear; linear and
     * time-invariant; a time derivative whose mass matrix is kept ({@code massKept}, for
     * {@link Term#scaledByShift()} terms on fields whose unknowns are all free and unmerged); or
     * another linear term.
     */
    static int kindOf(Term term, boolean massKept) {
        if (!term.linearInUnknowns()) {
            return LocalArrays.NONLINEAR;
        }
        if (term.timeInvariant()) {
            return LocalArrays.INVARIANT;
        }
        return massKept && term.scaledByShift() ? LocalArrays.MASS : LocalArrays.LINEAR;
    }

    /** Runs the term on the current data, if its kind is in the group being assembled ({@link LocalArrays#group}). */
    void run() {
        if ((local.group & kind) != 0) {
            term.add(this, this);
        }
    }

    @Override public int dim() { return geometrySide.dim(); }

    @Override public int points() { return geometrySide.points(); }

    @Override public double weight(int q) { return geometrySide.weight(q); }

    @Override public double x(int q, int i) { return geometrySide.geometry().x(q, i); }

    @Override public double normal(int q, int i) { return geometrySide.geometry().normal(q, i); }

    @Override public String region() { return geometrySide.region(); }

    @Override public int dofs(int s) { return slot[s].n; }

    @Override public double phi(int s, int q, int a) { return slot[s].phi[q * slot[s].n + a]; }

    @Override
    public double grad(int s, int q, int a, int i) {
        FieldValues v = slot[s];
        return v.grad()[(q * v.n + a) * v.dim + i];
    }

    @Override public double value(int s, int q) { return slot[s].u[q]; }

    @Override public double gradient(int s, int q, int i) { return slot[s].gradU()[q * slot[s].dim + i]; }

    @Override public double history(int s, int q) { return slot[s].hist()[q]; }

    @Override public double coefficient(int s, int a) { return slot[s].coefficient(a); }

    @Override public Object shapeKey(int s) { return slot[s].tabulation(); }

    @Override public double historyCoefficient(int s, int a) { return slot[s].historyCoefficient(a); }

    @Override public double timeS() { return local.timeS; }

    @Override public double shiftPerS() { return local.shiftPerS; }

    @Override public void addResidual(int s, int a, double v) { local.residual[slotOffset[s] + a] += v; }

    @Override
    public void addJacobian(int rs, int a, int cs, int b, double v) {
        local.jacobian[(slotOffset[rs] + a) * local.stride + slotOffset[cs] + b] += v;
    }

    @Override public boolean wantsJacobian() { return local.wantJacobian; }

    @Override
    public void addFlux(QuadratureData in, int s, int q, double c, double vx, double vy, double vz) {
        if (in != this || slot[s].dim != 3) {
            LocalSystem.super.addFlux(in, s, q, c, vx, vy, vz);
            return;
        }
        FieldValues r = slot[s];
        double[] g = r.grad();
        double[] res = local.residual;
        double x = c * vx;
        double y = c * vy;
        double z = c * vz;
        for (int a = 0, o = slotOffset[s], ia = q * r.n * 3; a < r.n; a++, ia += 3) {
            res[o + a] += x * g[ia] + y * g[ia + 1] + z * g[ia + 2];
        }
    }

    @Override
    public void addStiffness(QuadratureData in, int rs, int cs, int q, double c) {
        if (in != this || slot[rs].dim != 3) {
            LocalSystem.super.addStiffness(in, rs, cs, q, c);
            return;
        }
        FieldValues r = slot[rs];
        FieldValues k = slot[cs];
        double[] gr = r.grad();
        double[] gc = k.grad();
        double[] jac = local.jacobian;
        int m = k.n;
        for (int a = 0; a < r.n; a++) {
            int ia = (q * r.n + a) * 3;
            double x = c * gr[ia];
            double y = c * gr[ia + 1];
            double z = c * gr[ia + 2];
            int row = (slotOffset[rs] + a) * local.stride + slotOffset[cs];
            for (int b = 0, jb = q * m * 3; b < m; b++, jb += 3) {
                jac[row + b] += x * gc[jb] + y * gc[jb + 1] + z * gc[jb + 2];
            }
        }
    }

    @Override
    public void addGradientValue(QuadratureData in, int rs, int cs, int q, double c, double vx, double vy,
                                 double vz) {
        if (in != this || slot[rs].dim != 3) {
            LocalSystem.super.addGradientValue(in, rs, cs, q, c, vx, vy, vz);
            return;
        }
        FieldValues r = slot[rs];
        FieldValues k = slot[cs];
        double[] jac = local.jacobian;
        double[] gr = r.grad();
        int m = k.n;
        for (int a = 0; a < r.n; a++) {
            int ia = (q * r.n + a) * 3;
            double ca = c * (gr[ia] * vx + gr[ia + 1] * vy + gr[ia + 2] * vz);
            int row = (slotOffset[rs] + a) * local.stride + slotOffset[cs];
            for (int b = 0; b < m; b++) {
                jac[row + b] += ca * k.phi[q * m + b];
            }
        }
    }

    @Override
    public void addMass(QuadratureData in, int rs, int cs, int q, double c) {
        if (in != this) {
            LocalSystem.super.addMass(in, rs, cs, q, c);
            return;
        }
        FieldValues r = slot[rs];
        FieldValues k = slot[cs];
        double[] jac = local.jacobian;
        int m = k.n;
        for (int a = 0; a < r.n; a++) {
            double ca = c * r.phi[q * r.n + a];
            int row = (slotOffset[rs] + a) * local.stride + slotOffset[cs];
            for (int b = 0; b < m; b++) {
                jac[row + b] += ca * k.phi[q * m + b];
            }
        }
    }
}
