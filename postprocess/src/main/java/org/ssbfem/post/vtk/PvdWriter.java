package org.ssbfem.post.vtk;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A ParaView time-series collection ({@code .pvd}) listing data files by time. The collection file
 * is rewritten atomically (temporary file, then move) at creation and at every {@link #add}, so an
 * interrupted run leaves a valid file listing everything written so far.
 *
 * <p>File names are stored relative to the folder of the {@code .pvd} file when the data file lies
 * below it, else as absolute paths. Several parts per time (e.g. the volume and the interface) get
 * different part numbers. Not thread-safe.
 */
public final class PvdWriter {
    /** One listed data set: time in seconds, part number and file name as written. */
    public record Entry(double timeS, int part, String file) {
    }

    private final Path pvdFile;
    private final List<Entry> entries = new ArrayList<>();

    /**
     * Creates (or replaces) {@code pvdFile} with an empty collection.
     *
     * @throws IOException if it cannot be written
     */
    public PvdWriter(Path pvdFile) throws IOException {
        this(pvdFile, List.of());
    }

    /**
     * Creates (or replaces) {@code pvdFile} listing {@code kept}, e.g. the entries of an
     * interrupted run up to the state it continues from; later {@link #add}s append to them.
     *
     * @param kept entries with file names as {@link #entries()} gives them
     * @throws IOException if it cannot be written
     */
    public PvdWriter(Path pvdFile, List<Entry> kept) throws IOException {
        this.pvdFile = pvdFile.toAbsolutePath();
        for (Entry e : kept) {
            DataArray.checkName(e.file());
        }
        entries.addAll(kept);
        rewrite();
    }

    /** Adds {@code dataFile} at {@code timeS} as part 0 and rewrites the collection. */
    public void add(double timeS, Path dataFile) throws IOException {
        add(timeS, 0, dataFile);
    }

    /**
     * Adds {@code dataFile} at {@code timeS} (seconds) as part {@code part} and rewrites the
     * collection.
     *
     * @throws IllegalArgumentException if the time is not finite or the part negative
     * @throws IOException if the collection cannot be written (it then keeps its previous content)
     */
    public void add(double timeS, int part, Path dataFile) throws IOException {
        if (!Double.isFinite(timeS) || part < 0) {
            throw new IllegalArgumentException("bad time " + timeS + " or part " + part);
        }
        String name = relativeName(dataFile);
        DataArray.checkName(name);
        entries.add(new Entry(timeS, part, name));
        try {
            rewrite();
        } catch (IOException e) {
            entries.remove(entries.size() - 1);
            throw e;
        }
    }

    /** The entries listed so far, in the order added. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** The collection file (absolute). */
    public Path file() {
        return pvdFile;
    }

    private String relativeName(Path dataFile) {
        Path data = dataFile.toAbsolutePath().normalize();
        Path dir = pvdFile.getParent().normalize();
        Path shown = data.startsWith(dir) ? dir.relativize(data) : data;
        return shown.toString().replace('\\', '/');
    }

    private void rewrite() throws IOException {
        List<Entry> snapshot = List.copyOf(entries);
        AtomicFile.write(pvdFile, out -> {
            out.text("<?xml version=\"1.0\"?>\n<VTKFile type=\"Collection\" version=\"0.1\" "
                    + "byte_order=\"LittleEndian\">\n<Collection>\n");
            for (Entry e : snapshot) {
                out.text("<DataSet timestep=\"" + e.timeS() + "\" group=\"\" part=\"" + e.part()
                        + "\" file=\"" + e.file() + "\"/>\n");
            }
            out.text("</Collection>\n</VTKFile>\n");
        });
    }
}
