#!/usr/bin/env python3
"""Generate contour_geometry.json and contour_levels.json: matplotlib's contour and contourf.

Pinned versions: matplotlib 3.11.2, contourpy 1.3.3, numpy 2.4.6, Python 3.11, Agg backend, rcdefaults()
(contour.algorithm "mpl2014", contour.corner_mask True).

Regenerate (from the package root):
    python3 Tests/PlotTests/Fixtures/generate_contour_fixtures.py

contour_geometry.json: for each grid (x, y, z with "nan"/"inf"/"-inf" for invalid values, corner_mask), the
levels matplotlib's ax.contour chooses and, per level, contourpy's lines (vertices and path codes, in the
generator's order); the bands ax.contourf fills (lower/upper as _get_lowers_and_uppers gives them) and, per
band, contourpy's polygons (vertices and codes: exterior, then holes, each closed by a CLOSEPOLY vertex).
The script checks that matplotlib's paths are those lines and polygons concatenated.

contour_levels.json: ContourSet._autolev for levels=N (MaxNLocator(N + 1, min_n_ticks=1)) on several z
ranges, for contour and contourf, with contourf's lowers; a constant grid (what is drawn, no warning in
matplotlib 3.11.2); and the axes limits after contourf + contour (the grid's extent, no margins).
"""
import json
import os

import contourpy
import matplotlib
import numpy as np

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

PINNED = {"matplotlib": "3.11.2", "contourpy": "1.3.3", "numpy": "2.4.6"}
HERE = os.path.dirname(os.path.abspath(__file__))


def issue_field(x, y):
    X, Y = np.meshgrid(x, y)
    return np.exp(-0.5 * (X ** 2 + (Y - X ** 2 / 2) ** 2)) + 0.5 * np.exp(-((X - 1.5) ** 2 + (Y - 2.5) ** 2))


def grids():
    """(name, x, y, z, corner_mask, levels argument) for each geometry case."""
    cases = []
    x, y = np.linspace(-3, 3, 120), np.linspace(-2, 4, 100)
    cases.append(("issue", x, y, issue_field(x, y), True, 10))
    # Saddles on both levels of a band, values exactly at a level, a saddle whose mean is the level.
    saddles = np.array([
        [0, 2, 0, 2, 0],
        [2, 0, 2, 0, 2],
        [0, 2, 1, 2, 0],
        [2, 1, 3, 0, 2],
        [1, 2, 0, 2, 1],
        [0, 3, 2, 1, 0],
    ], dtype=float)
    cases.append(("saddles", np.arange(5.0), np.arange(6.0), saddles, True, [0.5, 1, 1.5, 2, 2.5]))
    rs = np.random.RandomState(3)
    cases.append(("random", np.arange(11.0), np.arange(14.0), rs.standard_normal((14, 11)), True, 6))
    x = y = np.linspace(-3, 3, 31)
    X, Y = np.meshgrid(x, y)
    rings = np.cos(2 * np.hypot(X, Y)) + 0.3 * np.exp(-((X - 1.2) ** 2 + (Y + 0.4) ** 2) * 4)
    cases.append(("rings", x, y, rings, True, 4))
    x, y = np.linspace(-3, 3, 25), np.linspace(-2, 4, 20)
    holes = issue_field(x, y)
    holes[5, 5] = np.nan                    # an isolated masked point: four triangles
    holes[3, 10] = holes[3, 12] = np.nan
    holes[12:15, 8:12] = np.nan             # a masked block inside the field
    holes[0, 7] = np.nan                    # on the boundary
    holes[19, 24] = np.nan                  # a grid corner
    holes[17, 3] = np.inf
    holes[2, 16] = -np.inf
    cases.append(("nan", x, y, holes, True, 8))
    cases.append(("nan_no_corner_mask", x, y, holes, False, 8))
    rs = np.random.RandomState(11)
    speckled = rs.standard_normal((16, 13)).cumsum(axis=1) * 0.5
    speckled[rs.uniform(size=speckled.shape) < 0.2] = np.nan
    cases.append(("random_nan", np.arange(13.0), np.arange(16.0), speckled, True, 5))
    rs = np.random.RandomState(5)
    x = np.cumsum(rs.uniform(0.1, 1.0, 15)) - 3
    y = np.geomspace(0.1, 10, 12)
    X, Y = np.meshgrid(x, y)
    cases.append(("nonuniform", x, y, np.sin(X) * np.cos(2 * np.log(Y)) + 0.1 * X, True, None))
    return cases


def number(value):
    if np.isnan(value):
        return "nan"
    if np.isinf(value):
        return "inf" if value > 0 else "-inf"
    return float(value)


def paths(vertices, codes):
    return [{"points": v.tolist(), "codes": c.tolist()} for v, c in zip(vertices, codes)]


def same_path(path, vertices, codes):
    if not vertices:
        return len(path.vertices) == 0
    return np.array_equal(path.vertices, np.concatenate(vertices)) and np.array_equal(path.codes, np.concatenate(codes))


def geometry_case(name, x, y, z, corner_mask, levels):
    plt.rcdefaults()
    fig, ax = plt.subplots()
    filled = ax.contourf(x, y, z, levels=levels, corner_mask=corner_mask)
    lines = ax.contour(x, y, z, levels=levels, corner_mask=corner_mask)
    X, Y = np.meshgrid(x, y)
    generator = contourpy.contour_generator(
        X, Y, np.ma.masked_invalid(z), name="mpl2014", corner_mask=corner_mask,
        line_type=contourpy.LineType.SeparateCode, fill_type=contourpy.FillType.OuterCode)
    case = {"name": name, "x": x.tolist(), "y": y.tolist(), "z": [[number(v) for v in row] for row in z],
            "corner_mask": corner_mask, "levels_argument": levels, "line_levels": lines.levels.tolist(),
            "filled_levels": filled.levels.tolist(), "lines": [], "bands": []}
    for level, path in zip(lines.levels, lines.get_paths()):
        vertices, codes = generator.create_contour(level)
        assert same_path(path, vertices, codes), (name, level)
        case["lines"].append({"level": float(level), "curves": paths(vertices, codes)})
    for lower, upper, path in zip(*filled._get_lowers_and_uppers(), filled.get_paths()):
        vertices, codes = generator.create_filled_contour(lower, upper)
        assert same_path(path, vertices, codes), (name, lower, upper)
        case["bands"].append({"lower": float(lower), "upper": float(upper), "polygons": paths(vertices, codes)})
    case["xlim"] = list(map(float, ax.get_xlim()))
    case["ylim"] = list(map(float, ax.get_ylim()))
    plt.close(fig)
    return case


def level_cases():
    """_autolev on several z ranges (zmin, zmax) for several N."""
    ranges = {
        "issue": (7.433681960730742e-12, 0.9997918829265147),
        "unit_from_zero": (0.0, 1.0),
        "negative": (-3.7, -0.2),
        "straddling_zero": (-2.4, 2.4),
        "offset_narrow": (1000.0, 1000.003),
        "wide": (-1.3e6, 4.2e7),
        "tiny": (1e-9, 7.5e-9),
        "ends_on_levels": (-1.0, 3.0),
        # Spans of a few ulps, widened by the locator: the trimming of extra levels applies.
        "near_singular_a": (-77515.78472693436, -77515.7847269336),
        "near_singular_b": (-55034.2034279029, -55034.20342790239),
        "near_singular_c": (17752.117452724735, 17752.117452724804),
        "near_singular_d": (71073.89214607139, 71073.89214607197),
    }
    cases = []
    for name, (zmin, zmax) in ranges.items():
        z = np.array([[zmin, zmax], [zmax, zmin]])
        for n in [None, 0, 1, 2, 3, 4, 5, 7, 10, 13, 17, 20, 24]:
            plt.rcdefaults()
            fig, ax = plt.subplots()
            lines = ax.contour(z, levels=n)
            filled = ax.contourf(z, levels=n)
            lowers, uppers = filled._get_lowers_and_uppers()
            cases.append({"name": name, "n": n, "zmin": zmin, "zmax": zmax, "contour": lines.levels.tolist(),
                          "contourf": filled.levels.tolist(), "lowers": lowers.tolist(), "uppers": uppers.tolist()})
            plt.close(fig)
    return cases


def constant_case():
    plt.rcdefaults()
    fig, ax = plt.subplots()
    z = np.full((3, 4), 2.5)
    lines = ax.contour(z)
    filled = ax.contourf(z)
    lowers, uppers = filled._get_lowers_and_uppers()
    result = {"z": z.tolist(), "contour": lines.levels.tolist(), "contourf": filled.levels.tolist(),
              "lowers": lowers.tolist(), "uppers": uppers.tolist(),
              "line_vertex_counts": [len(p.vertices) for p in lines.get_paths()],
              "filled_vertices": [p.vertices.tolist() for p in filled.get_paths()],
              "filled_codes": [p.codes.tolist() if p.codes is not None else [] for p in filled.get_paths()]}
    plt.close(fig)
    return result


def main():
    found = {"matplotlib": matplotlib.__version__, "contourpy": contourpy.__version__, "numpy": np.__version__}
    if found != PINNED:
        raise SystemExit(f"pinned {PINNED}, found {found}")
    assert matplotlib.rcParams["contour.algorithm"] == "mpl2014" and matplotlib.rcParams["contour.corner_mask"]
    geometry = {"versions": found, "grids": [geometry_case(*case) for case in grids()]}
    with open(os.path.join(HERE, "contour_geometry.json"), "w") as handle:
        json.dump(geometry, handle, separators=(",", ":"))
        handle.write("\n")
    levels = {"versions": found, "cases": level_cases(), "constant": constant_case()}
    with open(os.path.join(HERE, "contour_levels.json"), "w") as handle:
        json.dump(levels, handle, indent=1)
        handle.write("\n")


if __name__ == "__main__":
    main()
