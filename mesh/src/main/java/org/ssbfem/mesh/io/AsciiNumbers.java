package org.ssbfem.mesh.io;

import java.nio.charset.StandardCharsets;

/**
 * Number parsing straight from ASCII bytes, without creating Strings (the hot path of the mesh
 * readers). An instance keeps scratch state between calls and is not thread-safe.
 *
 * <p>{@link #parseDouble} is correctly rounded: decimal mantissas below 2^53 with a decimal
 * exponent of magnitude at most 22 are converted exactly by one multiplication or division
 * (Clinger's fast path, since both operands are exact doubles); every other token (long mantissas,
 * large exponents) falls back to {@link Double#parseDouble}. Signs, leading zeros, {@code -0},
 * {@code .5}, {@code 5.} and exponents {@code e}/{@code E} with optional sign are accepted;
 * {@code NaN}, {@code Infinity}, overflow to infinity and hexadecimal are refused.
 */
final class AsciiNumbers {
    private static final long TWO_POW_53 = 1L << 53;
    private static final int MAX_DIGITS = 18;
    private static final double[] POW10 = new double[23];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private long mantissa;
    private int digits;
    private int exp10;
    private boolean inexact;
    private boolean anyDigit;

    /**
     * Parses the decimal floating-point number in {@code b[from, to)}.
     *
     * @throws NumberFormatException if the bytes are not a finite decimal number
     */
    double parseDouble(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            i++;
        }
        mantissa = 0;
        digits = 0;
        exp10 = 0;
        inexact = false;
        anyDigit = false;
        i = integerDigits(b, i, to);
        if (i < to && b[i] == '.') {
            i = fractionDigits(b, i + 1, to);
        }
        if (!anyDigit) {
            throw notANumber(b, from, to);
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i = exponent(b, i + 1, to, from);
        }
        if (i != to) {
            throw notANumber(b, from, to);
        }
        if (mantissa == 0 && !inexact) {
            return negative ? -0.0 : 0.0;
        }
        if (!inexact && mantissa < TWO_POW_53 && exp10 >= -22 && exp10 <= 22) {
            double v = exp10 >= 0 ? mantissa * POW10[exp10] : mantissa / POW10[-exp10];
            return negative ? -v : v;
        }
        return slowPath(b, from, to);
    }

    /**
     * Parses the decimal integer in {@code b[from, to)} (optional sign, at most 18 digits).
     *
     * @throws NumberFormatException if the bytes are not such an integer
     */
    static long parseLong(byte[] b, int from, int to) {
        int i = from;
        boolean negative = i < to && b[i] == '-';
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            i++;
        }
        if (i == to || to - i > MAX_DIGITS) {
            throw notANumber(b, from, to);
        }
        long v = 0;
        for (; i < to; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                throw notANumber(b, from, to);
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    private int integerDigits(byte[] b, int i, int to) {
        for (; i < to && isDigit(b[i]); i++) {
            anyDigit = true;
            if (digits < MAX_DIGITS) {
                appendDigit(b[i]);
            } else {
                exp10++;
                inexact |= b[i] != '0';
            }
        }
        return i;
    }

    private int fractionDigits(byte[] b, int i, int to) {
        for (; i < to && isDigit(b[i]); i++) {
            anyDigit = true;
            if (digits < MAX_DIGITS) {
                appendDigit(b[i]);
                exp10--;
            } else {
                inexact |= b[i] != '0';
            }
        }
        return i;
    }

    private void appendDigit(byte c) {
        mantissa = mantissa * 10 + (c - '0');
        if (mantissa != 0) {
            digits++;
        }
    }

    /** Adds the exponent that starts at {@code i} (after the 'e') to exp10; returns its end. */
    private int exponent(byte[] b, int i, int to, int tokenStart) {
        boolean negative = i < to && b[i] == '-';
        if (i < to && (b[i] == '-' || b[i] == '+')) {
            i++;
        }
        int start = i;
        int e = 0;
        for (; i < to && isDigit(b[i]); i++) {
            e = Math.min(e * 10 + (b[i] - '0'), 100_000);
        }
        if (i == start) {
            throw notANumber(b, tokenStart, to);
        }
        exp10 += negative ? -e : e;
        return i;
    }

    private static double slowPath(byte[] b, int from, int to) {
        double v = Double.parseDouble(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        if (Double.isInfinite(v)) {
            throw notANumber(b, from, to);
        }
        return v;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }

    private static NumberFormatException notANumber(byte[] b, int from, int to) {
        return new NumberFormatException(new String(b, from, Math.min(to - from, 40),
                StandardCharsets.ISO_8859_1));
    }
}
