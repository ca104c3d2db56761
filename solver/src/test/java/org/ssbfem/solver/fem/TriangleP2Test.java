package org.ssbfem.solver.fem;

class TriangleP2Test extends ReferenceElementContract {
    @Override
    ReferenceElement element() { return LagrangeSimplex.of(2, 2); }
}
