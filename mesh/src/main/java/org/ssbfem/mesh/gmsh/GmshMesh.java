package org.ssbfem.mesh.gmsh;

import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.LongByReference;
import com.sun.jna.ptr.PointerByReference;
import java.util.ArrayList;
import java.util.List;

/**
 * Meshing and mesh data ({@code gmsh::model::mesh}) within one {@link GmshSession}. Methods throw
 * {@link GmshException} with Gmsh's message.
 *
 * <p>Gmsh quirk (4.8): after any error in a session, {@code setOrder} and {@code optimize} silently
 * do nothing until the next {@link #generate} (which resets Gmsh's error counter). Callers that
 * recover from a failed optimization must therefore regenerate before retrying.
 */
public final class GmshMesh {
    private final NativeGmsh nat;

    GmshMesh(NativeGmsh nat) {
        this.nat = nat;
    }

    /** Generates the mesh up to dimension {@code dim} (1, 2 or 3). */
    public void generate(int dim) {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshModelMeshGenerate(dim, ierr);
        nat.check("gmshModelMeshGenerate(" + dim + ")", ierr);
    }

    /**
     * Raises the mesh to order {@code order}; with curved geometry, boundary nodes are placed on
     * the CAD. Curved 10-node tetrahedra may be inverted afterwards: optimize with
     * {@link OptimizeMethod#HIGH_ORDER}.
     */
    public void setOrder(int order) {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshModelMeshSetOrder(order, ierr);
        nat.check("gmshModelMeshSetOrder(" + order + ")", ierr);
    }

    /**
     * Optimizes the whole mesh.
     *
     * @param force apply the tetrahedron optimizers to discrete entities too
     * @param niter iterations (for methods that iterate)
     */
    public void optimize(OptimizeMethod method, boolean force, int niter) {
        IntByReference ierr = nat.ierr();
        nat.lib.gmshModelMeshOptimize(method.gmshName(), GmshSession.flag(force), niter, null, 0, ierr);
        nat.check("gmshModelMeshOptimize(" + method.gmshName() + ")", ierr);
    }

    /** All nodes of the mesh. */
    public NodeSet getNodes() {
        return getNodes(-1, -1, false);
    }

    /**
     * Nodes classified on one entity.
     *
     * @param includeBoundary true to add the nodes on the entity's boundary
     */
    public NodeSet getNodes(int dim, int tag, boolean includeBoundary) {
        IntByReference ierr = nat.ierr();
        PointerByReference tags = new PointerByReference();
        LongByReference tagsN = new LongByReference();
        PointerByReference coord = new PointerByReference();
        LongByReference coordN = new LongByReference();
        PointerByReference param = new PointerByReference();
        LongByReference paramN = new LongByReference();
        nat.lib.gmshModelMeshGetNodes(tags, tagsN, coord, coordN, param, paramN, dim, tag,
                GmshSession.flag(includeBoundary), 0, ierr);
        nat.check("gmshModelMeshGetNodes(" + dim + "," + tag + ")", ierr);
        long[] t = nat.takeSizes(tags, tagsN);
        double[] c = nat.takeDoubles(coord, coordN);
        nat.takeDoubles(param, paramN);
        return new NodeSet(t, c);
    }

    /** Elements of entity (dim, tag), one block per element type (dim -1, tag -1: all). */
    public List<ElementBlock> getElements(int dim, int tag) {
        IntByReference ierr = nat.ierr();
        PointerByReference types = new PointerByReference();
        LongByReference typesN = new LongByReference();
        PointerByReference elTags = new PointerByReference();
        PointerByReference elTagsN = new PointerByReference();
        LongByReference elTagsNn = new LongByReference();
        PointerByReference nodeTags = new PointerByReference();
        PointerByReference nodeTagsN = new PointerByReference();
        LongByReference nodeTagsNn = new LongByReference();
        nat.lib.gmshModelMeshGetElements(types, typesN, elTags, elTagsN, elTagsNn, nodeTags, nodeTagsN,
                nodeTagsNn, dim, tag, ierr);
        nat.check("gmshModelMeshGetElements(" + dim + "," + tag + ")", ierr);
        int[] t = nat.takeInts(types, typesN);
        long[][] e = nat.takeSizeArrays(elTags, elTagsN, elTagsNn);
        long[][] n = nat.takeSizeArrays(nodeTags, nodeTagsN, nodeTagsNn);
        List<ElementBlock> blocks = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            blocks.add(new ElementBlock(t[i], e[i], n[i]));
        }
        return blocks;
    }

    /**
     * Elements of one type.
     *
     * @param type Gmsh element type number
     * @param tag entity tag (of dimension of the type), or -1 for all entities
     */
    public ElementBlock getElementsByType(int type, int tag) {
        IntByReference ierr = nat.ierr();
        PointerByReference elTags = new PointerByReference();
        LongByReference elTagsN = new LongByReference();
        PointerByReference nodeTags = new PointerByReference();
        LongByReference nodeTagsN = new LongByReference();
        nat.lib.gmshModelMeshGetElementsByType(type, elTags, elTagsN, nodeTags, nodeTagsN, tag, 0, 1, ierr);
        nat.check("gmshModelMeshGetElementsByType(" + type + "," + tag + ")", ierr);
        return new ElementBlock(type, nat.takeSizes(elTags, elTagsN), nat.takeSizes(nodeTags, nodeTagsN));
    }
}
