package org.ssbfem.post.vtk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;

/** Buffered little-endian output to a channel: text and binary values (for .vtu and .pvd files). */
final class ByteSink implements AutoCloseable {
    private final WritableByteChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 20).order(ByteOrder.LITTLE_ENDIAN);

    ByteSink(WritableByteChannel channel) {
        this.channel = channel;
    }

    /** Writes text as UTF-8. */
    ByteSink text(String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        for (int off = 0; off < b.length; ) {
            room(1);
            int n = Math.min(buffer.remaining(), b.length - off);
            buffer.put(b, off, n);
            off += n;
        }
        return this;
    }

    ByteSink int8(byte v) throws IOException {
        room(1);
        buffer.put(v);
        return this;
    }

    ByteSink int32(int v) throws IOException {
        room(4);
        buffer.putInt(v);
        return this;
    }

    ByteSink int64(long v) throws IOException {
        room(8);
        buffer.putLong(v);
        return this;
    }

    ByteSink float64(double v) throws IOException {
        room(8);
        buffer.putDouble(v);
        return this;
    }

    private void room(int n) throws IOException {
        if (buffer.remaining() < n) {
            flush();
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    /** Flushes; the channel stays open (its owner closes it). */
    @Override
    public void close() throws IOException {
        flush();
    }
}
