package org.ssbfem.mesh.voxel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssbfem.mesh.InputError;
import org.ssbfem.mesh.micro.Phase;

class ImageReadersTest {
    private static final TestImages.Label LABELS = (i, j, k) -> (i + 2 * j + 3 * k) % 3;
    private static final PhaseMap MAP = new PhaseMap(Map.of(0, Phase.SE, 1, Phase.CAM, 2, Phase.VOID), 64);

    @TempDir
    Path dir;

    @Test
    void multiPageTiff8And16Bit() throws Exception {
        for (int type : new int[] {BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY}) {
            Path f = TestImages.tiffStack(dir.resolve("s" + type + ".tif"), 5, 4, 3, type, LABELS);
            LabelImage img = ImageReaders.stack(f);
            assertEquals(5, img.nx());
            assertEquals(4, img.ny());
            assertEquals(3, img.nz());
            assertEquals(type == BufferedImage.TYPE_BYTE_GRAY ? 8 : 16, img.bits());
            assertLabels(img);
        }
    }

    @Test
    void sliceFoldersInNaturalOrder() throws Exception {
        for (String format : new String[] {"png", "tiff"}) {
            Path d = TestImages.slices(dir.resolve(format), "slice_", format, 6, 3, 12, LABELS);
            LabelImage img = ImageReaders.folder(d);
            assertEquals(12, img.nz(), "slice_10 comes after slice_9");
            assertLabels(img);
        }
    }

    @Test
    void phaseMapAndTwoDimensionalSection() throws Exception {
        Path f = dir.resolve("section.png");
        ImageIO.write(TestImages.slice(7, 5, 0, BufferedImage.TYPE_BYTE_GRAY, LABELS), "png", f.toFile());
        PhaseImage img = MAP.apply(ImageReaders.stack(f), 2e-7, f.toString());
        assertTrue(img.is2d());
        assertEquals(Phase.CAM, img.phase(1, 0, 0));
        assertEquals(Phase.VOID, img.phase(0, 1, 0));
    }

    @Test
    void rawLittleAndBigEndian() throws Exception {
        int[] dims = {4, 3, 2};
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            ByteBuffer b = ByteBuffer.allocate(2 * 24).order(order);
            for (int k = 0; k < 2; k++) {
                for (int j = 0; j < 3; j++) {
                    for (int i = 0; i < 4; i++) {
                        b.putShort((short) (LABELS.at(i, j, k) + 1000));
                    }
                }
            }
            Path f = dir.resolve("v" + order + ".raw");
            Files.write(f, b.array());
            LabelImage img = RawImage.read(f, dims, RawImage.Type.UINT16, order, 0);
            assertEquals(1000 + LABELS.at(3, 2, 1), img.label(img.size() - 1));
        }
    }

    @Test
    void rawOfTheWrongSizeIsRefused() throws Exception {
        Path f = dir.resolve("v.raw");
        Files.write(f, new byte[23]);
        InputError e = assertThrows(InputError.class,
                () -> RawImage.read(f, new int[] {4, 3, 2}, RawImage.Type.UINT8, ByteOrder.LITTLE_ENDIAN, 0));
        assertTrue(e.getMessage().contains("23 bytes") && e.getMessage().contains("need 24"), e.getMessage());
    }

    @Test
    void mismatchedSlicesAreRefused() throws Exception {
        Path d = TestImages.slices(dir.resolve("m"), "a", "png", 6, 3, 2, LABELS);
        ImageIO.write(TestImages.slice(5, 3, 0, BufferedImage.TYPE_BYTE_GRAY, LABELS), "png", d.resolve("a2.png").toFile());
        InputError e = assertThrows(InputError.class, () -> ImageReaders.folder(d));
        assertTrue(e.getMessage().contains("a2.png") && e.getMessage().contains("5 x 3"), e.getMessage());
    }

    @Test
    void unknownLabelIsRefusedWithTheLabelsFound() throws Exception {
        LabelImage img = LabelImage.ofU8(3, 1, 1, new byte[] {0, 1, 7});
        InputError e = assertThrows(InputError.class, () -> MAP.apply(img, 1e-6, "x.tif"));
        assertTrue(e.getMessage().contains("7 (1 voxels)") && e.getMessage().contains("[0, 1, 7]"), e.getMessage());
    }

    @Test
    void grayscaleImageIsNotALabelImage() throws Exception {
        Path f = dir.resolve("gray.png");
        ImageIO.write(TestImages.slice(30, 30, 0, BufferedImage.TYPE_BYTE_GRAY, (i, j, k) -> (i * 30 + j) % 256),
                "png", f.toFile());
        InputError e = assertThrows(InputError.class, () -> MAP.apply(ImageReaders.stack(f), 1e-6, f.toString()));
        assertTrue(e.getMessage().contains("not a label image: 256 distinct values"), e.getMessage());
    }

    @Test
    void colourImageIsRefused() throws Exception {
        Path f = dir.resolve("rgb.png");
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", f.toFile());
        InputError e = assertThrows(InputError.class, () -> ImageReaders.stack(f));
        assertTrue(e.getMessage().contains("3 channels"), e.getMessage());
    }

    @Test
    void cropAndDownsample() {
        byte[] p = new byte[8 * 8 * 8];
        for (int v = 0; v < p.length; v++) {
            p[v] = (byte) ((v % 8) < 4 ? 0 : 1);
        }
        PhaseImage img = new PhaseImage(8, 8, 8, 1e-6, p);
        PhaseImage c = ImageOps.crop(img, new int[] {2, 0, 1}, new int[] {4, 8, 6}, "crop");
        assertEquals(Phase.SE, c.phase(1, 0, 0));
        assertEquals(Phase.CAM, c.phase(2, 7, 5));
        PhaseImage d = ImageOps.downsample(img, 2, "downsample");
        assertEquals(4, d.nx());
        assertEquals(2e-6, d.voxelSizeM(), 1e-18);
        assertEquals(Phase.SE, d.phase(1, 3, 3));
        assertEquals(Phase.CAM, d.phase(2, 0, 0));
        assertThrows(InputError.class, () -> ImageOps.crop(img, new int[] {6, 0, 0}, new int[] {4, 8, 8}, "crop"));
    }

    private static void assertLabels(LabelImage img) {
        for (int k = 0; k < img.nz(); k++) {
            for (int j = 0; j < img.ny(); j++) {
                for (int i = 0; i < img.nx(); i++) {
                    assertEquals(LABELS.at(i, j, k), img.label(i + img.nx() * (j + img.ny() * k)), i + "," + j + "," + k);
                }
            }
        }
    }
}
