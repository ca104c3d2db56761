package org.ssbfem.solver.assembly;

/**
 * One trace-only interface term bound to a {@link TraceKernel}: the {@link QuadratureData} and
 * {@link LocalSystem} views it sees, with the facet's own functions ({@link TraceDofs}) as the local
 * functions of each slot. Positions and normals come from the minus cell's geometry; gradients do
 * not exist here (a trace-only term reads none) and throw.
 */
final class TraceBinding implements QuadratureData, LocalSystem {
    private final Term term;
    private final TraceKernel kernel;
    private final LocalArrays local;
    private final int kind;
    private final int[] unit;
    private final int[] offset;
    private final int[] size;
    private final double[][] psi;
    private final Object[] key;
    private final int width;

    /** @param units the unit ({@link TraceDofs}) of each of the term's slots */
    TraceBinding(Term term, int[] units, TraceKernel kernel, TraceDofs trace, LocalArrays local) {
        if (units.length != term.slots()) {
            throw new IllegalArgumentException(term.getClass().getSimpleName() + " reads " + term.slots()
                    + " fields but was registered with " + units.length);
        }
        this.term = term;
        this.kernel = kernel;
        this.local = local;
        this.kind = Binding.kindOf(term, false);
        this.unit = units.clone();
        this.offset = new int[units.length];
        this.size = new int[units.length];
        this.psi = new double[units.length][];
        this.key = new Object[units.length];
        for (int s = 0; s < units.length; s++) {
            offset[s] = trace.offset(units[s]);
            size[s] = trace.size(units[s]);
            psi[s] = trace.tabulation(units[s]).values();
            key[s] = trace.tabulation(units[s]);
        }
        this.width = trace.width();
    }

    /** Runs the term on the kernel's current facet, if its kind is being assembled. */
    void run() {
        if ((local.group & kind) != 0) {
            term.add(this, this);
        }
    }

    @Override public int dim() { return kernel.geometryDim(); }

    @Override public int points() { return kernel.points(); }

    @Override public double weight(int q) { return kernel.weight(q); }

    @Override public double x(int q, int i) { return kernel.geometry().x(q, i); }

    @Override public double normal(int q, int i) { return kernel.geometry().normal(q, i); }

    @Override public String region() { return kernel.region(); }

    @Override public int dofs(int s) { return size[s]; }

    @Override public double phi(int s, int q, int a) { return psi[s][q * size[s] + a]; }

    @Override
    public double grad(int s, int q, int a, int i) {
        throw new UnsupportedOperationException(term + " is trace-only but read a shape function gradient");
    }

    @Override
    public double gradient(int s, int q, int i) {
        throw new UnsupportedOperationException(term + " is trace-only but read a field gradient");
    }

    @Override public Object shapeKey(int s) { return key[s]; }

    @Override public double value(int s, int q) { return kernel.values[unit[s] * kernel.points() + q]; }

    @Override public double history(int s, int q) { return kernel.history()[unit[s] * kernel.points() + q]; }

    @Override public double coefficient(int s, int a) { return kernel.coef[offset[s] + a]; }

    @Override public double historyCoefficient(int s, int a) { return kernel.historyCoefficients()[offset[s] + a]; }

    @Override public double timeS() { return local.timeS; }

    @Override public double shiftPerS() { return local.shiftPerS; }

    @Override public void addResidual(int s, int a, double v) { kernel.residual[offset[s] + a] += v; }

    @Override
    public void addJacobian(int rs, int a, int cs, int b, double v) {
        kernel.jacobian[(offset[rs] + a) * width + offset[cs] + b] += v;
    }

    @Override public boolean wantsJacobian() { return local.wantJacobian; }

    @Override
    public void addMass(QuadratureData in, int rs, int cs, int q, double c) {
        if (in != this) {
            LocalSystem.super.addMass(in, rs, cs, q, c);
            return;
        }
        double[] jac = kernel.jacobian;
        double[] pr = psi[rs];
        double[] pc = psi[cs];
        int m = size[cs];
        for (int a = 0; a < size[rs]; a++) {
            double ca = c * pr[q * size[rs] + a];
            int row = (offset[rs] + a) * width + offset[cs];
            for (int b = 0; b < m; b++) {
                jac[row + b] += ca * pc[q * m + b];
            }
        }
    }

    @Override
    public String toString() { return "TraceBinding(" + term + ")"; }
}
