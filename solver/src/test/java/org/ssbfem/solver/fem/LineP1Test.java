package org.ssbfem.solver.fem;

class LineP1Test extends ReferenceElementContract {
    @Override
    ReferenceElement element() { return LagrangeSimplex.of(1, 1); }
}
