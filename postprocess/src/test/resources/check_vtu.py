#!/usr/bin/python3
"""Check a .vtu file with VTK's own XML reader (the one ParaView uses).

usage: /usr/bin/python3 check_vtu.py FILE [--point NAME:NCOMP]... [--cell NAME:NCOMP]...
                                          [--points N] [--cells N]

Reads FILE with vtkXMLUnstructuredGridReader and prints key=value lines:
  points, cells, cell_types (sorted VTK type numbers), point_array / cell_array /
  field_array (name:components:tuples, one line each), total_size (sum of the cell
  volumes, areas or lengths from vtkCellSizeFilter), min_cell_size, min_subcell_size
  (smallest signed measure of the linear pieces VTK splits each cell into: volume of
  3D cells, xy area of triangles in the plane z = 0, unsigned size otherwise) and
  negative_cells (cells with a piece of measure <= 0, i.e. inverted or degenerate).
Any error or warning of the VTK reader makes the check fail (exit 2). Then checks that every --point / --cell array exists with NCOMP components and one
tuple per point / cell, that the counts equal --points / --cells when given, and that
no cell is inverted. Prints OK and exits 0, or FAIL lines and exits 1.
Exit 2: unreadable file or bad arguments; exit 3: the VTK Python module is missing.
"""
import sys

try:
    from vtkmodules.vtkIOXML import vtkXMLUnstructuredGridReader
    from vtkmodules.vtkFiltersVerdict import vtkCellSizeFilter
    from vtkmodules.vtkCommonCore import (vtkIdList, vtkLogger, vtkOutputWindow, vtkPoints,
                                         vtkStringOutputWindow)
except ImportError as e:
    print("FAIL: VTK Python module missing: %s" % e)
    sys.exit(3)


def parse_args(argv):
    spec = {"file": None, "point": {}, "cell": {}, "points": None, "cells": None}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in ("--point", "--cell"):
            name, _, comps = argv[i + 1].rpartition(":")
            spec[a[2:]][name] = int(comps)
            i += 2
        elif a in ("--points", "--cells"):
            spec[a[2:]] = int(argv[i + 1])
            i += 2
        elif spec["file"] is None:
            spec["file"] = a
            i += 1
        else:
            raise ValueError("unexpected argument " + a)
    if spec["file"] is None:
        raise ValueError("no file given")
    return spec


def read(path):
    vtkLogger.SetStderrVerbosity(vtkLogger.VERBOSITY_OFF)
    messages = vtkStringOutputWindow()
    vtkOutputWindow.SetInstance(messages)
    reader = vtkXMLUnstructuredGridReader()
    reader.SetFileName(path)
    reader.Update()
    if reader.GetErrorCode() != 0 or messages.GetOutput().strip():
        raise IOError("VTK reader error code %d, messages: %s"
                      % (reader.GetErrorCode(), messages.GetOutput().strip()[:2000]))
    grid = reader.GetOutput()
    if grid is None or grid.GetNumberOfPoints() == 0:
        raise IOError("no points read from " + path)
    return grid


def describe_arrays(kind, data, out):
    arrays = {}
    for k in range(data.GetNumberOfArrays()):
        a = data.GetAbstractArray(k)
        arrays[a.GetName()] = (a.GetNumberOfComponents(), a.GetNumberOfTuples())
        value = ""
        if kind == "field" and a.GetNumberOfTuples() == 1 and a.GetNumberOfComponents() == 1:
            value = ":" + repr(a.GetVariantValue(0).ToDouble())
        out.append("%s_array=%s:%d:%d%s" % (kind, a.GetName(), a.GetNumberOfComponents(),
                                           a.GetNumberOfTuples(), value))
    return arrays


def det3(a, b, c):
    return (a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
            + a[2] * (b[0] * c[1] - b[1] * c[0]))


def piece_measure(p, flat):
    """Signed measure of one linear piece given by its points p."""
    d = [[p[k][j] - p[0][j] for j in range(3)] for k in range(1, len(p))]
    if len(p) == 4:
        return det3(d[0], d[1], d[2]) / 6.0
    if len(p) == 3:
        cz = d[0][0] * d[1][1] - d[0][1] * d[1][0]
        if flat:
            return cz / 2.0
        cx = d[0][1] * d[1][2] - d[0][2] * d[1][1]
        cy = d[0][2] * d[1][0] - d[0][0] * d[1][2]
        return 0.5 * (cx * cx + cy * cy + cz * cz) ** 0.5
    return sum(x * x for x in d[0]) ** 0.5


def min_piece_measure(grid):
    """Smallest piece measure over all cells, and the number of cells with a piece <= 0."""
    flat = all(abs(grid.GetPoint(i)[2]) == 0.0 for i in range(grid.GetNumberOfPoints()))
    ids, pts = vtkIdList(), vtkPoints()
    smallest, bad = float("inf"), 0
    for c in range(grid.GetNumberOfCells()):
        cell = grid.GetCell(c)
        cell.Triangulate(0, ids, pts)
        per = {3: 4, 2: 3, 1: 2}[cell.GetCellDimension()]
        m = min(piece_measure([pts.GetPoint(k + j) for j in range(per)], flat)
                for k in range(0, pts.GetNumberOfPoints(), per))
        smallest = min(smallest, m)
        bad += m <= 0
    return smallest, bad


def sizes(grid):
    f = vtkCellSizeFilter()
    f.SetInputData(grid)
    f.ComputeSumOn()
    f.Update()
    out = f.GetOutput()
    dim = max(grid.GetCell(c).GetCellDimension() for c in range(grid.GetNumberOfCells()))
    name = {3: "Volume", 2: "Area", 1: "Length"}[dim]
    arr = out.GetCellData().GetArray(name)
    values = [arr.GetValue(i) for i in range(arr.GetNumberOfTuples())]
    return sum(values), min(values)


def check(spec):
    grid = read(spec["file"])
    out = ["points=%d" % grid.GetNumberOfPoints(), "cells=%d" % grid.GetNumberOfCells()]
    types = sorted({grid.GetCellType(c) for c in range(grid.GetNumberOfCells())})
    out.append("cell_types=" + ",".join(str(t) for t in types))
    found = {"point": describe_arrays("point", grid.GetPointData(), out),
             "cell": describe_arrays("cell", grid.GetCellData(), out)}
    describe_arrays("field", grid.GetFieldData(), out)
    total, smallest = sizes(grid)
    piece, negative = min_piece_measure(grid)
    out += ["total_size=%r" % total, "min_cell_size=%r" % smallest,
            "min_subcell_size=%r" % piece, "negative_cells=%d" % negative]
    fails = []
    count = {"point": grid.GetNumberOfPoints(), "cell": grid.GetNumberOfCells()}
    for kind in ("point", "cell"):
        if spec[kind + "s"] is not None and spec[kind + "s"] != count[kind]:
            fails.append("%d %ss, expected %d" % (count[kind], kind, spec[kind + "s"]))
        for name, comps in spec[kind].items():
            got = found[kind].get(name)
            if got != (comps, count[kind]):
                fails.append("%s array %s: got (components, tuples) %s, expected %s"
                             % (kind, name, got, (comps, count[kind])))
    if negative:
        fails.append("%d cells are inverted or degenerate (smallest piece %r)" % (negative, piece))
    return out, fails


def main():
    try:
        spec = parse_args(sys.argv[1:])
        out, fails = check(spec)
    except (ValueError, IndexError, IOError) as e:
        print("FAIL: %s" % e)
        print(__doc__)
        return 2
    for line in out:
        print(line)
    for f in fails:
        print("FAIL: " + f)
    if not fails:
        print("OK")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
