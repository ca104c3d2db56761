package org.ssbfem.mesh.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Buffered ASCII output with allocation-free integer formatting (for large text files). Doubles are
 * written with {@link Double#toString}, which reads back to the same double.
 */
final class AsciiOut implements AutoCloseable {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 20];
    private final byte[] digits = new byte[20];
    private int pos;

    AsciiOut(OutputStream out) {
        this.out = out;
    }

    /** Writes ASCII text (no encoding of non-ASCII characters beyond ISO-8859-1). */
    AsciiOut text(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length > buf.length - pos) {
            flush();
        }
        if (b.length > buf.length) {
            out.write(b);
        } else {
            System.arraycopy(b, 0, buf, pos, b.length);
            pos += b.length;
        }
        return this;
    }

    /** Writes a decimal integer. */
    AsciiOut integer(long v) throws IOException {
        if (buf.length - pos < 21) {
            flush();
        }
        if (v < 0) {
            if (v == Long.MIN_VALUE) {
                return text(Long.toString(v));
            }
            buf[pos++] = '-';
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        while (n > 0) {
            buf[pos++] = digits[--n];
        }
        return this;
    }

    /** Writes a finite double so that it reads back exactly. */
    AsciiOut number(double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            if (v == 0 && 1 / v < 0) {
                return text("-0");
            }
            return integer((long) v);
        }
        return text(Double.toString(v));
    }

    AsciiOut space() throws IOException {
        return put((byte) ' ');
    }

    AsciiOut newline() throws IOException {
        return put((byte) '\n');
    }

    private AsciiOut put(byte b) throws IOException {
        if (pos == buf.length) {
            flush();
        }
        buf[pos++] = b;
        return this;
    }

    void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }

    @Override
    public void close() throws IOException {
        flush();
        out.close();
    }
}
