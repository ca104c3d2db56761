package org.ssbfem.solver.fem;

class TetrahedronP2Test extends ReferenceElementContract {
    @Override
    ReferenceElement element() { return LagrangeSimplex.of(3, 2); }
}
