package org.ssbfem.post.vtk;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file through a temporary file in the same folder that is then moved over the target, so
 * that readers (ParaView, an interrupted run) never see a half-written file.
 */
final class AtomicFile {
    /** The content of a file, written to a sink. */
    interface Content {
        void writeTo(ByteSink sink) throws IOException;
    }

    private AtomicFile() {
    }

    /**
     * Writes {@code content} to {@code target} atomically (where the file system allows it),
     * creating missing parent folders.
     *
     * @throws IOException if writing or moving fails; the temporary file is then removed
     */
    static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path tmp = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
                 ByteSink sink = new ByteSink(ch)) {
                content.writeTo(sink);
            }
            move(tmp, absolute);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
