package org.ssbfem.mesh.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AsciiNumbersTest {
    private final AsciiNumbers numbers = new AsciiNumbers();

    private double parse(String s) {
        byte[] b = ("  " + s + " ").getBytes(StandardCharsets.ISO_8859_1);
        return numbers.parseDouble(b, 2, 2 + s.length());
    }

    @Test
    void parsesTheForms() {
        assertEquals(1.5e-06, parse("1.5e-06"));
        assertEquals(1.5e-06, parse("1.5E-6"));
        assertEquals(-2.5e+10, parse("-2.5e+10"));
        assertEquals(0.5, parse(".5"));
        assertEquals(5.0, parse("5."));
        assertEquals(42.0, parse("+42"));
        assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(parse("-0")));
        assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(parse("0.000")));
        assertEquals(1e-300, parse("1e-300"));
        assertEquals(0.1, parse("0.1000000000000000055511151231257827"));
        assertEquals(123456789012345678901234.0, parse("123456789012345678901234"));
        assertEquals(4.9e-324, parse("4.9e-324"));
    }

    @Test
    void refusesNonNumbers() {
        for (String bad : new String[] {"nan", "NaN", "inf", "Infinity", "1e", "1e+", "-", ".", "1.2.3",
            "0x10", "1,5", "1e400", "--1"}) {
            assertThrows(NumberFormatException.class, () -> parse(bad), bad);
        }
    }

    @Test
    void agreesBitForBitWithTheJdkOnRandomDoubles() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            double v = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 20);
                case 2 -> Double.longBitsToDouble(random.nextLong());
                default -> Math.round(random.nextDouble() * 1e6) / 1e6;
            };
            if (!Double.isFinite(v)) {
                continue;
            }
            for (String s : new String[] {Double.toString(v), String.format("%.16g", v),
                String.format("%.8e", v)}) {
                assertEquals(Double.parseDouble(s), parse(s), s);
            }
        }
    }

    @Test
    void parsesLongs() {
        byte[] b = "12 -7 +3 123456789012345678 1x".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(12, AsciiNumbers.parseLong(b, 0, 2));
        assertEquals(-7, AsciiNumbers.parseLong(b, 3, 5));
        assertEquals(3, AsciiNumbers.parseLong(b, 6, 8));
        assertEquals(123456789012345678L, AsciiNumbers.parseLong(b, 9, 27));
        assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseLong(b, 28, 30));
        byte[] tooLong = "1234567890123456789".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(NumberFormatException.class, () -> AsciiNumbers.parseLong(tooLong, 0, tooLong.length));
    }

    @Test
    void tagIndexDenseAndSparse() {
        TagIndex dense = new TagIndex();
        for (int t = 1; t <= 5000; t++) {
            assertEquals(-1, dense.put(t, t - 1));
        }
        assertEquals(4999, dense.get(5000));
        assertEquals(-1, dense.get(5001));
        assertEquals(10, dense.put(11, 7), "put returns the previous index");
        TagIndex sparse = new TagIndex();
        Random random = new Random(1);
        long[] tags = new long[20_000];
        for (int i = 0; i < tags.length; i++) {
            tags[i] = i < 10 ? i : (random.nextLong() >>> 2) + 1;
            sparse.put(tags[i], i);
        }
        for (int i = 0; i < tags.length; i++) {
            assertEquals(i, sparse.get(tags[i]));
        }
        assertEquals(-1, sparse.get(123_456_789_012L));
        assertEquals(tags.length, sparse.size());
    }
}
