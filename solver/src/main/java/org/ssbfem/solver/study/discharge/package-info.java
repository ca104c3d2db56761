/**
 * {@code study: discharge} ({@link org.ssbfem.solver.study.discharge.DischargeStudy}): reads the
 * case's {@code cell:}, {@code protocol:}, {@code discretization:}, {@code time:}, {@code solver:}
 * and {@code output:} sections, builds the mesh, runs the protocol with
 * {@link org.ssbfem.solver.electrochem} and writes the discharge curve (CSV as it goes, PNG at
 * the end), the ParaView series and the summary.
 */
package org.ssbfem.solver.study.discharge;
