# Makes section.png: a synthetic segmented SEM cross-section of a composite cathode (label 0 = SE,
# 1 = CAM), 120 x 60 pixels, x (columns) through the thickness: a 15-pixel SE separator at x = 0,
# then overlapping CAM disks of radius 6-8 pixels on a 13-pixel grid (overlapping, so the CAM percolates) reaching the collector at x = 119. Seeded; run
# with python3 (numpy, Pillow) to regenerate the committed file.
import numpy as np
from PIL import Image

rng = np.random.default_rng(7)
w, h = 120, 60
img = np.zeros((h, w), dtype=np.uint8)
yy, xx = np.mgrid[0:h, 0:w]
centres = [(x, y) for x in range(26, 125, 13) for y in range(6, 62, 13)]
for cx, cy in centres:
    cx += rng.integers(-3, 4)
    cy += rng.integers(-3, 4)
    r = rng.uniform(6.0, 8.0)
    img[((xx - cx) ** 2 + (yy - cy) ** 2 <= r * r) & (xx >= 18)] = 1
Image.fromarray(img, mode="L").save("section.png")
print("CAM area fraction of the composite layer:", img[:, 15:].mean())
