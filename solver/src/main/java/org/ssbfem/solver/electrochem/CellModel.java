package org.ssbfem.solver.electrochem;

import java.util.ArrayList;
import java.util.List;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.assembly.Assembler;
import org.ssbfem.solver.assembly.AssemblerBuilder;
import org.ssbfem.solver.assembly.InterfaceSlot;
import org.ssbfem.solver.linalg.ReverseCuthillMcKee;
import org.ssbfem.solver.physics.BoundaryFlux;
import org.ssbfem.solver.physics.ButlerVolmer;
import org.ssbfem.solver.physics.Coefficient;
import org.ssbfem.solver.physics.Diffusion;
import org.ssbfem.solver.physics.MassMatrix;
import org.ssbfem.solver.physics.TimeDerivative;
import org.ssbfem.solver.space.Constraints;
import org.ssbfem.solver.space.ConstraintsBuilder;
import org.ssbfem.solver.space.FieldLayout;
import org.ssbfem.solver.space.FunctionSpace;

/**
 * The discretized half cell of MODEL.md sections 1 to 4 on a mesh with regions {@code se},
 * {@code cam} (and optionally {@code cbd}) and facet groups {@code anode},
 * {@code current_collector} and {@code interface}: fields {@value #PHI_E} (V, on se),
 * {@value #PHI_S} (V, on cam and cbd) and {@value #C} (mol/m^3, on cam); Ohmic conduction, solid
 * diffusion with its time derivative, Butler-Volmer on every CAM/SE face; an ideal counter
 * electrode (phi_e = 0 on {@code anode}) or one with Butler-Volmer kinetics; all phi_s dofs on {@code current_collector} merged into
 * the terminal voltage V. Unknowns are renumbered by reverse Cuthill-McKee.
 *
 * <p>Mass-type integrals ({@link MassMatrix}): lumped (the P1 default) or consistent, for the time
 * derivative of c and the exchange current of the Butler-Volmer term alike. A rate-constant
 * exchange current ({@link ExchangeCurrent}) enters through its anodic and cathodic branches,
 * which drive a lithiation that strays past 0 or 1 back.
 *
 * <p>Potential offset: the field {@value #PHI_S} holds {@code phi_s - U_ref} with {@code U_ref =
 * U(x_0)} ({@link #offsetV()}), and the kinetics sees {@code U(x) - U_ref}; eta is unchanged. The
 * unknowns then hold overpotentials and Ohmic drops of millivolts instead of 4 V, whose
 * assembled sums would cancel to a rounding floor eps * 4 V * sigma h: with very conductive
 * phases and small currents that floor exceeds any useful Newton tolerance. Whoever reads phi_s or
 * V adds the offset back.
 *
 * <p>Holds the {@link Assembler} (mutable evaluation state: time, shift, history) and a second one
 * with only the Butler-Volmer term and no constraints, for the interface current. Not
 * thread-safe.
 */
public final class CellModel {
    /** Electrolyte potential field, V. */
    public static final String PHI_E = "phi_e";
    /** Solid (electronic) potential field, V. */
    public static final String PHI_S = "phi_s";
    /** Li concentration in the CAM, mol/m^3. */
    public static final String C = "c";

    private final Mesh mesh;
    private final CellParameters params;
    private final FieldLayout layout;
    private final ButlerVolmer kinetics;
    private final Assembler assembler;
    private final Assembler interfaceOnly;
    private final int voltageUnknown;
    private final int[] fieldOfUnknown;
    private final double offsetV;
    private final CounterElectrode counter;
    private final MassMatrix mass;

    /**
     * A cell with an ideal lithium counter electrode; see
     * {@link #CellModel(Mesh, CellParameters, CounterElectrode, int)}.
     */
    public CellModel(Mesh mesh, CellParameters params, int degree) {
        this(mesh, params, CounterElectrode.idealLithium(), degree);
    }

    /**
     * A cell with the default mass matrix of the degree ({@link MassMatrix#defaultFor}: lumped for
     * P1, consistent for P2); see {@link #CellModel(Mesh, CellParameters, CounterElectrode, int, MassMatrix)}.
     */
    public CellModel(Mesh mesh, CellParameters params, CounterElectrode counter, int degree) {
        this(mesh, params, counter, degree, MassMatrix.defaultFor(degree));
    }

    /**
     * @param mesh the mesh (SI units)
     * @param params cell parameters
     * @param counter the counter electrode (ideal: phi_e = 0 on {@code anode}; else its kinetics there)
     * @param degree Lagrange degree of every field, 1 or 2
     * @param mass mass-type integrals of dc/dt and the exchange current ({@link MassMatrix#LUMPED}: P1 only)
     * @throws InputError for a missing region or facet group (listing those that exist), a degree
     *     the mesh cannot carry, or a current collector touching no CAM or CBD
     * @throws IllegalArgumentException for a mass matrix the degree does not support
     */
    public CellModel(Mesh mesh, CellParameters params, CounterElectrode counter, int degree, MassMatrix mass) {
        if (!mass.supports(degree)) {
            throw new IllegalArgumentException("the " + mass.key() + " mass matrix needs P1 fields, not P" + degree);
        }
        this.mesh = mesh;
        this.mass = mass;
        this.params = params;
        this.counter = counter;
        for (String g : List.of("anode", "current_collector", "interface")) {
            mesh.facets(g);
        }
        List<String> solid = new ArrayList<>(List.of("cam"));
        if (mesh.hasRegion("cbd") && mesh.cellsOf("cbd").length > 0) {
            solid.add("cbd");
        }
        this.layout = FieldLayout.builder()
                .add(PHI_E, FunctionSpace.on(mesh, degree, "se"))
                .add(PHI_S, new FunctionSpace(mesh, degree, solid))
                .add(C, FunctionSpace.on(mesh, degree, "cam")).build();
        if (layout.space(1).dofsOnFacets("current_collector").length == 0) {
            throw new InputError("mesh boundary 'current_collector'", "no CAM or CBD touches the current collector",
                    "make the packing reach x = Lx (particles crossing the collector face are cut by it)");
        }
        ConstraintsBuilder cb = Constraints.builder(layout);
        if (counter.ideal()) {
            cb.fix(PHI_E, "anode", 0.0);
        }
        Constraints cons = cb.merge(PHI_S, "current_collector").build();
        double cMax = params.cMaxMolPerM3();
        this.offsetV = params.ocvV().value(params.initialLithiation());
        Coefficient ocv = params.ocvV().ofConcentration(cMax);
        Coefficient shifted = new Coefficient() {
            @Override public double value(double c) { return ocv.value(c) - offsetV; }

            @Override public double derivative(double c) { return ocv.derivative(c); }

            @Override
            public void evaluate(double c, double[] out) {
                ocv.evaluate(c, out);
                out[0] -= offsetV;
            }
        };
        LithiationFunction i0 = params.exchangeCurrentAPerM2();
        LithiationFunction anodic = i0 instanceof ExchangeCurrent e ? e.anodic() : i0;
        LithiationFunction cathodic = i0 instanceof ExchangeCurrent e ? e.cathodic() : i0;
        this.kinetics = new ButlerVolmer(shifted, anodic.ofConcentration(cMax), cathodic.ofConcentration(cMax),
                params.alphaA(), params.alphaC(), params.temperatureK(), mass);
        this.assembler = terms(Assembler.builder(layout, cons), solid.size() > 1)
                .renumber(ReverseCuthillMcKee::permutation).build();
        this.interfaceOnly = Assembler.builder(layout, Constraints.none(layout)).interfaceTerm(kinetics, "interface",
                List.of("cam"), InterfaceSlot.minus(PHI_S), InterfaceSlot.minus(C), InterfaceSlot.plus(PHI_E)).build();
        Constraints used = assembler.constraints();
        this.voltageUnknown = used.mergedUnknown(PHI_S, "current_collector");
        this.fieldOfUnknown = new int[used.reducedSize()];
        for (int f = 0; f < layout.fieldCount(); f++) {
            int end = layout.offset(f) + layout.space(f).dofCount();
            for (int g = layout.offset(f); g < end; g++) {
                int r = used.reduced(g);
                if (r >= 0) {
                    fieldOfUnknown[r] = f;
                }
            }
        }
    }

    private AssemblerBuilder terms(AssemblerBuilder b, boolean cbd) {
        double cMax = params.cMaxMolPerM3();
        LithiationFunction sigmaS = params.camConductivitySPerM();
        LithiationFunction d = params.diffusivityM2PerS();
        b.cell(Diffusion.constant(params.seConductivitySPerM()), PHI_E);
        if (sigmaS.isConstant()) {
            b.cell(Diffusion.constant(sigmaS.value(0.5)), List.of("cam"), PHI_S);
        } else {
            b.cell(Diffusion.dependingOn(sigmaS.ofConcentration(cMax)), List.of("cam"), PHI_S, C);
        }
        if (cbd) {
            b.cell(Diffusion.constant(params.cbdConductivitySPerM()), List.of("cbd"), PHI_S);
        }
        b.cell(d.isConstant() ? Diffusion.constant(d.value(0.5)) : Diffusion.of(d.ofConcentration(cMax)), C);
        b.cell(new TimeDerivative(1.0, mass), C);
        if (!counter.ideal()) {
            b.boundary(new BoundaryFlux(counter.kinetics()), "anode", PHI_E);
        }
        return b.interfaceTerm(kinetics, "interface", List.of("cam"), InterfaceSlot.minus(PHI_S),
                InterfaceSlot.minus(C), InterfaceSlot.plus(PHI_E));
    }

    public Mesh mesh() { return mesh; }

    public CellParameters params() { return params; }

    /** The mass matrix of the c equation's time derivative. */
    public MassMatrix mass() { return mass; }

    /** The counter electrode. */
    public CounterElectrode counterElectrode() { return counter; }

    public FieldLayout layout() { return layout; }

    /** The assembler of the whole cell (reduced unknowns, renumbered). */
    public Assembler assembler() { return assembler; }

    /** The Butler-Volmer term (for i_n and eta at output points). */
    public ButlerVolmer kinetics() { return kinetics; }

    /** Number of reduced unknowns. */
    public int size() { return assembler.size(); }

    /** The reduced unknown of the terminal voltage V. */
    public int voltageUnknown() { return voltageUnknown; }

    /** The field index (0 phi_e, 1 phi_s, 2 c) of reduced unknown {@code r}. */
    public int fieldOf(int r) { return fieldOfUnknown[r]; }

    /** The offset {@code U_ref = U(x_0)} of the phi_s field and V, V (see the class comment). */
    public double offsetV() { return offsetV; }

    /** Reduced unknowns of the rest state: phi_e = 0, c = x_0 c_max, phi_s = V = U(x_0) (field value 0). */
    public double[] restState() {
        double[] full = new double[layout.size()];
        fill(full, 2, params.initialConcentrationMolPerM3());
        double[] u = new double[size()];
        assembler.constraints().restrict(full, u);
        return u;
    }

    private void fill(double[] full, int f, double v) {
        java.util.Arrays.fill(full, layout.offset(f), layout.offset(f) + layout.space(f).dofCount(), v);
    }

    /** The global (layout) vector of reduced unknowns {@code u}, fixed values included (new array). */
    public double[] full(double[] u) {
        double[] full = new double[layout.size()];
        assembler.constraints().expand(u, full);
        return full;
    }

    /**
     * The current through the CAM/SE interface, {@code -int i_n dA}, A (per metre in 2D): positive
     * on discharge. Assembles the Butler-Volmer term alone; {@code u} is not modified.
     */
    public double interfaceCurrentA(double[] u) {
        double[] full = full(u);
        double[] r = new double[full.length];
        interfaceOnly.assemble(full, r, null);
        double sum = 0;
        for (int i = layout.offset(1); i < layout.offset(2); i++) {
            sum += r[i];
        }
        return -sum;
    }
}
