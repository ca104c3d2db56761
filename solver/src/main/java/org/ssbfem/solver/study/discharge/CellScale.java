package org.ssbfem.solver.study.discharge;

import org.ssbfem.mesh.Mesh;
import org.ssbfem.solver.electrochem.CellMonitor;
import org.ssbfem.solver.electrochem.CellParameters;

/**
 * The per-mass and per-area scales of a run: CAM mass (density times the meshed CAM volume),
 * collector area (the box cross-section normal to x) and the theoretical capacity. In 2D
 * everything extensive is per metre of depth, so the ratios keep their units.
 *
 * @param camMassG CAM mass, g (g/m in 2D)
 * @param collectorAreaCm2 collector area, cm^2 (cm^2/m in 2D)
 * @param theoreticalC theoretical capacity F c_max (x_max - x_0) V_cam, C
 * @param oneCA the 1C current, theoretical capacity / 1 h, A
 * @param liCapacityMol lithium the CAM can take, c_max (x_max - x_0) V_cam, mol
 */
record CellScale(double camMassG, double collectorAreaCm2, double theoreticalC, double oneCA, double liCapacityMol) {
    static CellScale of(Mesh mesh, CellMonitor monitor, CellParameters p) {
        double[] b = mesh.boundingBox();
        double areaM2 = (b[4] - b[1]) * (mesh.dim() == 3 ? b[5] - b[2] : 1.0);
        double q = monitor.theoreticalCapacityC();
        double li = p.cMaxMolPerM3() * (p.maxLithiation() - p.initialLithiation()) * monitor.camVolumeM3();
        return new CellScale(p.camDensityKgPerM3() * monitor.camVolumeM3() * 1e3, areaM2 * 1e4, q, q / 3600.0, li);
    }

    /** Collector area, m^2. */
    double collectorAreaM2() { return collectorAreaCm2 * 1e-4; }

    /** Charge in C as mAh per gram of CAM. */
    double mAhPerG(double chargeC) { return chargeC / 3.6 / camMassG; }

    /** Charge in C as mAh per cm^2 of collector. */
    double mAhPerCm2(double chargeC) { return chargeC / 3.6 / collectorAreaCm2; }
}
