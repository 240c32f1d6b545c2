#!/usr/bin/env python3
"""The Python peer of `sitmap-bench near`: the same questions on the same synthetic events.

Reads the events CSV that sitmap-bench wrote (ACLED columns, coordinates with 6 decimals), then times:
  * near queries: shapely 2 STRtree of the points, each query's candidates from a conservative lon/lat box
    around the circle, kept when pyproj's geodesic distance (Geod.inv, WGS84, vectorised with numpy)
    is within the radius; once one query at a time, once all queries in one vectorised batch;
  * GeoJSON writing with orjson: building the FeatureCollection from the event records (coordinates
    rounded to 6 decimals, the same properties sitmap writes) and dumping it to a file; and the
    dump alone, from features built beforehand.
Prints one JSON object with the figures on standard output.

    pip install shapely pyproj orjson
    python3 bench/near_shapely.py events.csv --queries 1000 --km 20 --geojson /tmp/events-python.geojson
"""
import argparse
import csv
import json
import math
import sys
import time

import numpy as np
import orjson
import shapely
from pyproj import Geod

INTEGERS = ("time_precision", "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "source_count")


def read_events(path):
    """The event records, typed as sitmap holds them: numbers as numbers, empty cells as None."""
    records = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            record = {key: (value if value != "" else None) for key, value in row.items()}
            for key in INTEGERS:
                if record[key] is not None:
                    record[key] = int(record[key])
            for key in ("latitude", "longitude"):
                if record[key] is not None:
                    record[key] = float(record[key])
            record["sources"] = row["sources"].split(";") if row["sources"] else []
            records.append(record)
    return records


def box_around(longitude, latitude, metres):
    """The lon/lat box that surely holds the geodesic circle (the same bounds sitmap's PointIndex uses)."""
    d_lat = metres / 110_574 / 0.995
    south, north = max(-90.0, latitude - d_lat), min(90.0, latitude + d_lat)
    cosine = math.cos(math.radians(max(abs(south), abs(north))))
    d_lon = metres / (111_319.49 * cosine) / 0.995 if cosine > 1e-6 else 360.0
    return longitude - d_lon, south, longitude + d_lon, north


def near_queries(lon, lat, centres, metres):
    """Index build, then the queries one by one and in one batch; each with its total hit count."""
    geod = Geod(ellps="WGS84")
    start = time.perf_counter()
    tree = shapely.STRtree(shapely.points(lon, lat))
    tree.query(shapely.box(0, 0, 0, 0))  # the tree is built lazily, on the first query
    build = time.perf_counter() - start

    start = time.perf_counter()
    single_hits = 0
    for i in centres:
        candidates = tree.query(shapely.box(*box_around(lon[i], lat[i], metres)))
        n = len(candidates)
        _, _, distance = geod.inv(np.full(n, lon[i]), np.full(n, lat[i]), lon[candidates], lat[candidates])
        single_hits += int(np.count_nonzero(distance <= metres))
    single = time.perf_counter() - start

    start = time.perf_counter()
    bounds = np.array([box_around(lon[i], lat[i], metres) for i in centres])
    query, candidate = tree.query(shapely.box(bounds[:, 0], bounds[:, 1], bounds[:, 2], bounds[:, 3]))
    centre = np.asarray(centres)[query]
    _, _, distance = geod.inv(lon[centre], lat[centre], lon[candidate], lat[candidate])
    batch_hits = int(np.count_nonzero(distance <= metres))
    batch = time.perf_counter() - start
    return build, single, single_hits, batch, batch_hits


PROPERTIES = ("event_id", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
              "location", "admin1", "place_id", "latitude", "longitude", "geo_precision", "fatalities",
              "fatalities_low", "fatalities_high", "sources", "source_count", "notes")


def features_of(records):
    features = []
    for r in records:
        if r["latitude"] is None or r["longitude"] is None:
            continue
        properties = {key: r[key] for key in PROPERTIES}
        properties["latitude"] = round(r["latitude"], 6)
        properties["longitude"] = round(r["longitude"], 6)
        features.append({"type": "Feature", "id": r["event_id"],
                         "geometry": {"type": "Point", "coordinates": [properties["longitude"], properties["latitude"]]},
                         "properties": properties})
    return features


def collection(features):
    lons = [f["geometry"]["coordinates"][0] for f in features]
    lats = [f["geometry"]["coordinates"][1] for f in features]
    document = {"type": "FeatureCollection", "features": features}
    if features:
        document["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    return document


def write_geojson(records, path):
    """Seconds from the records to the file, and for the dump alone; bytes written."""
    start = time.perf_counter()
    data = orjson.dumps(collection(features_of(records)))
    with open(path, "wb") as f:
        f.write(data)
    total = time.perf_counter() - start

    document = collection(features_of(records))
    start = time.perf_counter()
    data = orjson.dumps(document)
    with open(path, "wb") as f:
        f.write(data)
    dump = time.perf_counter() - start
    return total, dump, len(data)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("events", help="events CSV written by sitmap-bench near")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--km", type=float, default=20.0)
    parser.add_argument("--geojson", required=True, help="where to write the GeoJSON of all events")
    args = parser.parse_args()

    records = read_events(args.events)
    lon = np.array([r["longitude"] for r in records], dtype=np.float64)
    lat = np.array([r["latitude"] for r in records], dtype=np.float64)
    # the same query centres as sitmap-bench: event positions spread over the set
    centres = [q * 997 % len(records) for q in range(args.queries)]
    build, single, single_hits, batch, batch_hits = near_queries(lon, lat, centres, args.km * 1000)
    write_total, write_dump, size = write_geojson(records, args.geojson)
    json.dump({"events": len(records), "build_seconds": build,
               "query_seconds": single, "query_hits": single_hits,
               "batch_query_seconds": batch, "batch_query_hits": batch_hits,
               "geojson_seconds": write_total, "geojson_dump_seconds": write_dump, "geojson_bytes": size,
               "versions": {"python": sys.version.split()[0], "shapely": shapely.__version__,
                            "orjson": orjson.__version__, "numpy": np.__version__}}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
