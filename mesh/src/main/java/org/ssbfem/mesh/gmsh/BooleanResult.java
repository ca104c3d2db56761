package org.ssbfem.mesh.gmsh;

import java.util.List;

/**
 * Result of an OpenCASCADE Boolean operation.
 *
 * @param out all resulting entities
 * @param map for each input entity, objects first then tools in the order given, the resulting
 *            entities it became (empty when it vanished)
 */
public record BooleanResult(List<DimTag> out, List<List<DimTag>> map) {
    public BooleanResult {
        out = List.copyOf(out);
        map = map.stream().map(List::copyOf).toList();
    }
}
