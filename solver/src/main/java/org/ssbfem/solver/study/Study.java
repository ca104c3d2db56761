package org.ssbfem.solver.study;

/**
 * A kind of run selected by the case file's {@code study:} key. A study reads its sections of the
 * case (through {@link RunContext#root()}), computes, writes its files into the output folder and
 * fills the summary. It validates all input before computing anything expensive.
 */
public interface Study {
    /** The {@code study:} value that selects this study. */
    String name();

    /** One line for {@code ssbfem run --help}. */
    String description();

    /**
     * Runs the study.
     *
     * @throws org.ssbfem.mesh.InputError for problems in the case the user can fix
     */
    void run(RunContext ctx) throws Exception;

    /**
     * Whether the study can continue an interrupted run from the files in its output folder
     * ({@code ssbfem run --resume}, {@link RunContext#resume()}); false unless overridden.
     */
    default boolean resumable() {
        return false;
    }
}
