package org.ssbfem.solver.fem;

class TriangleP1Test extends ReferenceElementContract {
    @Override
    ReferenceElement element() { return LagrangeSimplex.of(2, 1); }
}
