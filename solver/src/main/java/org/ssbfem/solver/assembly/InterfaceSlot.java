package org.ssbfem.solver.assembly;

/**
 * A field on one side of an interface, as a slot of an {@link InterfaceTerm}.
 *
 * @param field field name in the layout
 * @param plus false for the minus side (the side whose regions are named at registration, e.g.
 *             CAM), true for the other side (e.g. SE)
 */
public record InterfaceSlot(String field, boolean plus) {
    /** {@code field} on the minus side. */
    public static InterfaceSlot minus(String field) { return new InterfaceSlot(field, false); }

    /** {@code field} on the plus side. */
    public static InterfaceSlot plus(String field) { return new InterfaceSlot(field, true); }
}
