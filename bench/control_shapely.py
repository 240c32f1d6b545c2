#!/usr/bin/env python3
"""The shapely 2 peer of `sitmap-bench control`: the same territory steps on the same data.

Reads the scenario file the Swift benchmark writes (sites and outline already in its equal-area
plane, metres), then does what a shapely user would: Voronoi cells of the sites (voronoi_polygons),
each cell clipped to the outline and to a disc of the radius around its site, and for every day a
union_all of the cells of each side and of the contested settlements, their areas, and the front
line of every pair of sides (intersection of boundaries, line_merge) with its length.

Prints one JSON object: shapely and GEOS versions, setup_s (cells), days_s (every day), and the
sides' areas on the last day in km². Not part of sitmap: a benchmark peer only.
"""
import json
import sys
import time

import numpy as np
import shapely


def read(path):
    radius, outline, sites, days = None, None, [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, rest = line.rstrip("\n").partition(" ")
            if key == "radius":
                radius = float(rest)
            elif key == "outline":
                outline = shapely.from_wkt(rest)
            elif key == "site":
                x, y = rest.split()
                sites.append((float(x), float(y)))
            elif key == "day":
                days.append(np.array([-1 if t == "c" else int(t) for t in rest.split()]))
    return radius, outline, np.array(sites), days


def cells_in_site_order(points, outline):
    """Voronoi cells matched to their sites (ordered output needs GEOS 3.12; else an STRtree match)."""
    multipoint = shapely.multipoints(points)
    try:
        return shapely.get_parts(shapely.voronoi_polygons(multipoint, extend_to=outline, ordered=True))
    except Exception:
        cells = shapely.get_parts(shapely.voronoi_polygons(multipoint, extend_to=outline))
        site, cell = shapely.STRtree(cells).query(points, predicate="within")
        ordered = np.empty(len(points), dtype=object)
        ordered[site] = cells[cell]
        return ordered


def main(path):
    radius, outline, sites, days = read(path)
    sides = int(max(d.max() for d in days)) + 1

    start = time.perf_counter()
    points = shapely.points(sites)
    cells = cells_in_site_order(points, outline)
    cells = shapely.intersection(cells, outline)
    cells = shapely.intersection(cells, shapely.buffer(points, radius, quad_segs=32))
    setup = time.perf_counter() - start

    start = time.perf_counter()
    last_areas = []
    for owners in days:
        territories = [shapely.union_all(cells[owners == side]) for side in range(sides)]
        areas = [t.area / 1e6 for t in territories]
        contested = shapely.union_all(cells[owners == -1])
        _ = contested.area
        boundaries = [shapely.boundary(t) for t in territories]
        for a in range(sides):
            for b in range(a + 1, sides):
                front = shapely.line_merge(shapely.intersection(boundaries[a], boundaries[b]))
                _ = front.length
        last_areas = areas
    days_s = time.perf_counter() - start

    print(json.dumps({"shapely": shapely.__version__, "geos": shapely.geos_version_string, "setup_s": setup,
                      "days_s": days_s, "last_day_km2": last_areas}))


if __name__ == "__main__":
    main(sys.argv[1])
