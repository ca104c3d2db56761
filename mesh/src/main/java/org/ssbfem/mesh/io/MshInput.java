package org.ssbfem.mesh.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ssbfem.mesh.InputError;

/**
 * A buffered byte reader for Gmsh files: whitespace-separated ASCII tokens with hand-written
 * number parsing, whole lines for headers, and little- or big-endian binary values.
 *
 * <p>Positions for error messages: {@code file:line} while the file is read as text; once
 * {@link #setBinary} has been called, line numbers are meaningless (binary data holds arbitrary
 * newline bytes) and positions are given as byte offsets. Every problem is raised as an
 * {@link InputError} naming the position and, at the end of the file, the open section.
 */
final class MshInput implements AutoCloseable {
    /** Most entries reserved ahead from a header count (a corrupt count must not exhaust memory). */
    static final long MAX_RESERVE = 1 << 24;
    private static final int BUFFER_BYTES = 1 << 20;
    private static final String TRUNCATED_FIX = "the file is incomplete (interrupted copy or "
            + "mesher); mesh again or copy the whole file";

    private final InputStream in;
    private final String file;
    private final byte[] buf = new byte[BUFFER_BYTES];
    private final AsciiNumbers numbers = new AsciiNumbers();
    private ByteBuffer view = ByteBuffer.wrap(buf).order(ByteOrder.LITTLE_ENDIAN);
    private int pos;
    private int limit;
    private long bufferStart;
    private int line = 1;
    private boolean binary;
    private int dataSize = 8;
    private String section = "";
    private int tokenStart;
    private int tokenEnd;

    MshInput(InputStream in, Path file) {
        this.in = in;
        this.file = file.toString();
    }

    /** The file name as given. */
    String file() { return file; }

    /** Position for messages: {@code file:line}, or {@code file (byte N)} in binary files. */
    String where() {
        return binary ? file + " (byte " + (bufferStart + pos) + ")" : file + ":" + line;
    }

    /** Current 1-based line (meaningful for text files only). */
    int line() { return line; }

    boolean isBinary() { return binary; }

    /** Names the section being read, for messages about a truncated file. */
    void section(String name) { section = name; }

    /**
     * Switches to binary mode: later binary reads use {@code order}, and Gmsh sizes have
     * {@code dataSize} bytes (4 or 8).
     */
    void setBinary(ByteOrder order, int dataSize) {
        binary = true;
        this.dataSize = dataSize;
        view = ByteBuffer.wrap(buf).order(order);
    }

    /** Bytes of a Gmsh size value ("data-size" of $MeshFormat). */
    int dataSize() { return dataSize; }

    /** An int: 4 binary bytes in binary files, else a text token. */
    int int32(String what) {
        return binary ? readInt32() : nextInt(what);
    }

    /** A Gmsh size (counts, node and element tags): data-size binary bytes, else a text token. */
    long size(String what) {
        return binary ? readSize(dataSize) : nextLong(what);
    }

    /** A double: 8 binary bytes in binary files, else a text token. */
    double real(String what) {
        return binary ? readDouble() : nextDouble(what);
    }

    /** Consumes the line break after a text line, before binary data starts. */
    void consumeLineBreak() {
        need(1);
        if (buf[pos] == '\r') {
            pos++;
            need(1);
        }
        if (buf[pos] != '\n') {
            throw error("expected a line break before binary data", "re-export the mesh from Gmsh");
        }
        pos++;
        line++;
    }

    /** {@code s} cut to 40 characters for messages. */
    static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** An error at the current position. */
    InputError error(String problem, String fix) {
        return new InputError(where(), problem, fix);
    }

    // ---- text -------------------------------------------------------------------------------

    /** The next token as a long; {@code what} names the value for messages. */
    long nextLong(String what) {
        int c = skipSpace();
        if (c >= '0' && c <= '9' && limit - pos > 19) {
            long v = 0;
            int p = pos;
            for (byte b = buf[p]; b >= '0' && b <= '9' && p - pos < 18; b = buf[++p]) {
                v = v * 10 + (b - '0');
            }
            byte end = buf[p];
            if (end == ' ' || end == '\n' || end == '\r' || end == '\t') {
                pos = p;
                return v;
            }
        }
        token(what);
        try {
            return AsciiNumbers.parseLong(buf, tokenStart, tokenEnd);
        } catch (NumberFormatException e) {
            throw badToken(what);
        }
    }

    /** The next token as an int (counts, tags, types; entity tags may be negative). */
    int nextInt(String what) {
        long v = nextLong(what);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw error("expected " + what + " (an integer below 2^31), found " + v,
                    "check that the file is a valid Gmsh mesh");
        }
        return (int) v;
    }

    /** The next token as a finite double. */
    double nextDouble(String what) {
        token(what);
        try {
            return numbers.parseDouble(buf, tokenStart, tokenEnd);
        } catch (NumberFormatException e) {
            throw badToken(what);
        }
    }

    /**
     * Skips whitespace, then returns the rest of that line without its line break (and without a
     * trailing carriage return); null at the end of the file.
     */
    String nextLine() {
        if (skipSpace() < 0) {
            return null;
        }
        int p = pos;
        while (true) {
            while (p < limit && buf[p] != '\n') {
                p++;
            }
            if (p < limit) {
                break;
            }
            int kept = p - pos;
            boolean more = fillMore();
            p = pos + kept;
            if (!more) {
                break;
            }
        }
        int end = p > pos && buf[p - 1] == '\r' ? p - 1 : p;
        String s = new String(buf, pos, end - pos, StandardCharsets.ISO_8859_1);
        pos = p;
        return s;
    }

    /**
     * Reads the next line and checks that it is {@code expected} (e.g. an end-of-section tag).
     *
     * @throws InputError naming what was found instead, or the truncation
     */
    void expectLine(String expected) {
        String found = nextLine();
        if (found == null) {
            throw truncated();
        }
        if (!found.trim().equals(expected)) {
            throw error("expected " + expected + ", found '" + clip(found.trim()) + "'",
                    "the section holds more or fewer entries than its header says; "
                            + "re-export the mesh from Gmsh");
        }
    }

    /** Skips blanks and one line break; fails if anything else stands before the line break. */
    void endOfLine(String what) {
        while (true) {
            while (pos < limit) {
                byte b = buf[pos];
                if (b == '\n') {
                    pos++;
                    line++;
                    return;
                }
                if (b != ' ' && b != '\t' && b != '\r') {
                    throw error("unexpected '" + (char) b + "' after " + what,
                            "each entry must have exactly the values the format asks for");
                }
                pos++;
            }
            if (!refill()) {
                return;
            }
        }
    }

    /** Skips {@code n} lines (the rest of the current line counts as the first). */
    void skipLines(long n) {
        for (long k = 0; k < n; k++) {
            while (true) {
                while (pos < limit && buf[pos] != '\n') {
                    pos++;
                }
                if (pos < limit) {
                    break;
                }
                if (!refill()) {
                    throw truncated();
                }
            }
            pos++;
            line++;
        }
    }

    /**
     * Skips every byte up to and including the line that starts with {@code endTag} (text or
     * binary content alike).
     */
    void skipUntilLine(String endTag) {
        byte[] tag = endTag.getBytes(StandardCharsets.ISO_8859_1);
        boolean atLineStart = true;
        while (true) {
            if (limit - pos < tag.length && !ensure(tag.length)) {
                throw truncated();
            }
            if (atLineStart && startsWith(tag)) {
                pos += tag.length;
                return;
            }
            byte b = buf[pos++];
            atLineStart = b == '\n';
            if (atLineStart) {
                line++;
            }
        }
    }

    // ---- binary -----------------------------------------------------------------------------

    int readInt32() {
        need(4);
        int v = view.getInt(pos);
        pos += 4;
        return v;
    }

    long readInt64() {
        need(8);
        long v = view.getLong(pos);
        pos += 8;
        return v;
    }

    double readDouble() {
        need(8);
        double v = view.getDouble(pos);
        pos += 8;
        return v;
    }

    /** Reads an unsigned size of {@code bytes} = 4 or 8 (Gmsh's "data-size"). */
    long readSize(int bytes) {
        return bytes == 8 ? readInt64() : readInt32() & 0xffffffffL;
    }

    /** Skips {@code n} raw bytes. */
    void skipBytes(long n) {
        long left = n;
        while (left > 0) {
            if (pos == limit && !refill()) {
                throw truncated();
            }
            int step = (int) Math.min(left, limit - pos);
            pos += step;
            left -= step;
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- buffer management ------------------------------------------------------------------

    /** Skips whitespace; returns the next byte (not consumed) or -1 at the end of the file. */
    private int skipSpace() {
        while (true) {
            while (pos < limit) {
                byte b = buf[pos];
                if (b == '\n') {
                    line++;
                } else if (b != ' ' && b != '\r' && b != '\t') {
                    return b & 0xff;
                }
                pos++;
            }
            if (!refill()) {
                return -1;
            }
        }
    }

    /** Finds the next token: sets tokenStart/tokenEnd and consumes it. */
    private void token(String what) {
        if (skipSpace() < 0) {
            throw error("the file ends where " + what + " was expected"
                    + (section.isEmpty() ? "" : ", inside section " + section), TRUNCATED_FIX);
        }
        int p = pos;
        while (true) {
            while (p < limit) {
                byte b = buf[p];
                if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                    break;
                }
                p++;
            }
            if (p < limit) {
                break;
            }
            int kept = p - pos;
            boolean more = fillMore();
            p = pos + kept;
            if (!more) {
                break;
            }
        }
        tokenStart = pos;
        tokenEnd = p;
        pos = p;
    }

    private InputError badToken(String what) {
        String found = new String(buf, tokenStart, Math.min(tokenEnd - tokenStart, 40),
                StandardCharsets.ISO_8859_1);
        return error("expected " + what + ", found '" + found + "'"
                + (section.isEmpty() ? "" : " in section " + section),
                "check that the file is a complete Gmsh mesh and was not edited by hand");
    }

    InputError truncated() {
        return error("the file ends inside section " + (section.isEmpty() ? "?" : section),
                TRUNCATED_FIX);
    }

    /** True when the next bytes equal {@code tag} (caller ensured they are buffered). */
    private boolean startsWith(byte[] tag) {
        for (int k = 0; k < tag.length; k++) {
            if (buf[pos + k] != tag[k]) {
                return false;
            }
        }
        return true;
    }

    private void need(int n) {
        if (limit - pos < n && !ensure(n)) {
            throw truncated();
        }
    }

    /** Makes at least {@code n} bytes available from pos; false if the file ends first. */
    private boolean ensure(int n) {
        compact();
        while (limit - pos < n) {
            if (!readMore()) {
                return false;
            }
        }
        return true;
    }

    /** Refills an exhausted buffer; false at the end of the file. */
    private boolean refill() {
        compact();
        return readMore();
    }

    /**
     * Reads more bytes while keeping the unread ones (moved to the start of the buffer); false
     * when nothing more could be read.
     *
     * @throws InputError if the buffer is full of one token or line
     */
    private boolean fillMore() {
        if (pos == 0 && limit == buf.length) {
            throw error("a line or token longer than " + buf.length + " bytes",
                    "check that the file is a Gmsh mesh (binary data in a text section?)");
        }
        compact();
        return readMore();
    }

    private void compact() {
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            bufferStart += pos;
            limit -= pos;
            pos = 0;
        }
    }

    private boolean readMore() {
        try {
            int n = in.read(buf, limit, buf.length - limit);
            if (n <= 0) {
                return false;
            }
            limit += n;
            return true;
        } catch (IOException e) {
            throw new InputError(file, "cannot read: " + e.getMessage(),
                    "check that the file is readable", e);
        }
    }
}
