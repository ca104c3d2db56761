package org.ssbfem.solver.fem;

class TetrahedronP1Test extends ReferenceElementContract {
    @Override
    ReferenceElement element() { return LagrangeSimplex.of(3, 1); }
}
