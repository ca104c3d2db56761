package org.ssbfem.solver.study.discharge;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.ssbfem.mesh.InputError;
import org.ssbfem.solver.electrochem.ProtocolRunner;
import org.ssbfem.solver.electrochem.Snapshot;
import org.ssbfem.solver.electrochem.TimeStepper;

/**
 * {@code checkpoint.bin}: a {@link Checkpoint} as a small versioned binary file, big-endian
 * ({@link DataOutputStream}), replaced atomically (temporary file in the same folder, flushed to
 * disk, then moved over the old one), so an interruption at any moment leaves the previous or the
 * new checkpoint, never a torn one. Layout of version {@value #VERSION}:
 *
 * <pre>
 * bytes[8]  "SSBFEMCK"                  int     format version
 * fingerprint: int n, n x (UTF case key, UTF hex SHA-256); int nodes, int cells, int unknowns,
 *              long topology hash, double coordinate sum (m)
 * position:    int protocol step (0-based), boolean started, double step start (s),
 *              double next step (s), snapshot last
 * counters:    int accepted, rejected, failed, Newton iterations, Krylov iterations
 * history:     int k (1..3), k x (double time s, double charge C), int n, k x n doubles (SI state)
 * recorder:    int states, snapshot last, boolean fields written, double next field time (s),
 *              int m, m doubles (field output times, s), double energy (J), boolean has cut-off,
 *              [snapshot at cut-off, double energy at cut-off (J)], double worst Li balance,
 *              double worst charge balance, double lowest lithiation, double highest lithiation
 * double    wall time so far (s)
 * long      CRC-32 of every byte before it
 * </pre>
 *
 * A snapshot is its 14 components in record order (ints as int, the rest as double). The size is
 * about {@code 8 k n} bytes: three states of the reduced unknowns with BDF2.
 */
final class CheckpointFile {
    /** File name in the output folder. */
    static final String NAME = "checkpoint.bin";
    /** Format version written and read. */
    static final int VERSION = 1;
    private static final byte[] MAGIC = "SSBFEMCK".getBytes(StandardCharsets.US_ASCII);

    private CheckpointFile() {
    }

    /**
     * Writes {@code c} to {@code file} atomically, forced to the storage device.
     *
     * @return the file size, bytes
     */
    static long write(Path file, Checkpoint c) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream raw = Channels.newOutputStream(ch);
                CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), new CRC32());
                DataOutputStream out = new DataOutputStream(checked);
                writeBody(out, c);
                out.flush();
                out.writeLong(checked.getChecksum().getValue());
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.size(file);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Reads a checkpoint.
     *
     * @throws InputError when the file is missing, damaged, or of another format version
     */
    static Checkpoint read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputError(file.toString(), "no checkpoint: nothing to resume (a run writes it into its output"
                    + " folder once it starts stepping)", "run without --resume, or give the --out folder of the"
                    + " interrupted run");
        }
        String fix = "run without --resume to start again, or choose another --out";
        try (CheckedInputStream checked = new CheckedInputStream(new BufferedInputStream(Files.newInputStream(file),
                1 << 16), new CRC32()); DataInputStream in = new DataInputStream(checked)) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new InputError(file.toString(), "is not an ssbfem checkpoint", fix);
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new InputError(file.toString(), "is a checkpoint of format version " + version + "; this version"
                        + " of ssbfem reads version " + VERSION, fix);
            }
            Checkpoint c = readBody(in);
            long computed = checked.getChecksum().getValue();
            if (in.readLong() != computed || in.read() != -1) {
                throw new InputError(file.toString(), "is damaged (checksum mismatch)", fix);
            }
            return c;
        } catch (EOFException | IllegalArgumentException e) {
            throw new InputError(file.toString(), "is damaged (truncated or inconsistent)", fix, e);
        } catch (IOException e) {
            throw new InputError(file.toString(), "cannot be read: " + e.getMessage(), "check the file permissions", e);
        }
    }

    private static void writeBody(DataOutputStream out, Checkpoint c) throws IOException {
        out.write(MAGIC);
        out.writeInt(VERSION);
        Fingerprint f = c.fingerprint();
        out.writeInt(f.sections().size());
        for (Map.Entry<String, String> e : f.sections().entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
        out.writeInt(f.nodes());
        out.writeInt(f.cells());
        out.writeInt(f.unknowns());
        out.writeLong(f.topologyHash());
        out.writeDouble(f.coordinateSum());
        ProtocolRunner.Position p = c.position();
        out.writeInt(p.protocolStep());
        out.writeBoolean(p.started());
        out.writeDouble(p.stepStartS());
        out.writeDouble(p.nextStepS());
        writeSnapshot(out, p.last());
        ProtocolRunner.Counters n = c.counters();
        for (int v : new int[] {n.accepted(), n.rejected(), n.failed(), n.newtonIterations(), n.linearIterations()}) {
            out.writeInt(v);
        }
        writeHistory(out, c.history());
        writeRecorder(out, c.recorder());
        out.writeDouble(c.wallS());
    }

    private static Checkpoint readBody(DataInputStream in) throws IOException {
        TreeMap<String, String> sections = new TreeMap<>();
        int count = count(in.readInt(), 10_000);
        for (int k = 0; k < count; k++) {
            sections.put(in.readUTF(), in.readUTF());
        }
        Fingerprint f = new Fingerprint(sections, in.readInt(), in.readInt(), in.readInt(), in.readLong(),
                in.readDouble());
        ProtocolRunner.Position p = new ProtocolRunner.Position(in.readInt(), in.readBoolean(), in.readDouble(),
                in.readDouble(), readSnapshot(in));
        ProtocolRunner.Counters n = new ProtocolRunner.Counters(in.readInt(), in.readInt(), in.readInt(), in.readInt(),
                in.readInt());
        TimeStepper.History h = readHistory(in, f.unknowns());
        DischargeRecorder.State r = readRecorder(in);
        return new Checkpoint(f, p, n, h, r, in.readDouble());
    }

    private static void writeHistory(DataOutputStream out, TimeStepper.History h) throws IOException {
        int k = h.timesS().length;
        out.writeInt(k);
        for (int j = 0; j < k; j++) {
            out.writeDouble(h.timesS()[j]);
            out.writeDouble(h.chargesC()[j]);
        }
        out.writeInt(h.states()[0].length);
        for (double[] state : h.states()) {
            for (double v : state) {
                out.writeDouble(v);
            }
        }
    }

    private static TimeStepper.History readHistory(DataInputStream in, int unknowns) throws IOException {
        int k = count(in.readInt(), 3);
        double[] t = new double[k];
        double[] q = new double[k];
        for (int j = 0; j < k; j++) {
            t[j] = in.readDouble();
            q[j] = in.readDouble();
        }
        int n = in.readInt();
        if (n != unknowns) {
            throw new IllegalArgumentException("states of " + n + " values for " + unknowns + " unknowns");
        }
        double[][] states = new double[k][n];
        for (double[] state : states) {
            for (int i = 0; i < n; i++) {
                state[i] = in.readDouble();
            }
        }
        return new TimeStepper.History(t, q, states);
    }

    private static void writeRecorder(DataOutputStream out, DischargeRecorder.State r) throws IOException {
        out.writeInt(r.states());
        writeSnapshot(out, r.last());
        out.writeBoolean(r.lastWritten());
        out.writeDouble(r.nextFieldTimeS());
        out.writeInt(r.fieldTimesS().size());
        for (double t : r.fieldTimesS()) {
            out.writeDouble(t);
        }
        out.writeDouble(r.energyJ());
        out.writeBoolean(r.atCutoff() != null);
        if (r.atCutoff() != null) {
            writeSnapshot(out, r.atCutoff());
            out.writeDouble(r.energyAtCutoffJ());
        }
        out.writeDouble(r.worstLiBalance());
        out.writeDouble(r.worstChargeBalance());
        out.writeDouble(r.lowestLithiation());
        out.writeDouble(r.highestLithiation());
    }

    private static DischargeRecorder.State readRecorder(DataInputStream in) throws IOException {
        int states = in.readInt();
        Snapshot last = readSnapshot(in);
        boolean written = in.readBoolean();
        double next = in.readDouble();
        int m = count(in.readInt(), Integer.MAX_VALUE);
        List<Double> times = new ArrayList<>(Math.min(m, 1 << 16));
        for (int k = 0; k < m; k++) {
            times.add(in.readDouble());
        }
        double energy = in.readDouble();
        Snapshot cut = null;
        double energyCut = 0;
        if (in.readBoolean()) {
            cut = readSnapshot(in);
            energyCut = in.readDouble();
        }
        return new DischargeRecorder.State(states, last, written, next, times, energy, cut, energyCut, in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble());
    }

    private static void writeSnapshot(DataOutputStream out, Snapshot s) throws IOException {
        out.writeInt(s.protocolStep());
        for (double v : new double[] {s.timeS(), s.voltageV(), s.currentA(), s.interfaceCurrentA(), s.chargeC(),
            s.insertedLiMol(), s.meanLithiation(), s.minLithiation(), s.maxLithiation(), s.stepS()}) {
            out.writeDouble(v);
        }
        out.writeInt(s.order());
        out.writeInt(s.newtonIterations());
        out.writeInt(s.linearIterations());
    }

    private static Snapshot readSnapshot(DataInputStream in) throws IOException {
        return new Snapshot(in.readInt(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
                in.readInt(), in.readInt(), in.readInt());
    }

    private static int count(int n, int max) {
        if (n < 0 || n > max) {
            throw new IllegalArgumentException("count " + n + " outside 0.." + max);
        }
        return n;
    }
}
