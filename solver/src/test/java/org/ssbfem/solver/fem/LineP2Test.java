package org.ssbfem.solver.fem;

class LineP2Test extends ReferenceElementContract {
    @Override
    ReferenceElement element() { return LagrangeSimplex.of(1, 2); }
}
