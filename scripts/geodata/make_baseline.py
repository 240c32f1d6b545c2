#!/usr/bin/env python3
"""Regenerate geodata/baseline-2024-11-26.tsv, the approximate control of each
Syrian settlement on 2024-11-26, the day before the HTS-led offensive.

Method (approximate, not a cited map):
  1. Read geodata/places.tsv and keep the Syrian settlements: country_code SY
     and feature_class P, plus the curated S (airbases, airports) and L
     (industrial zones such as Sheikh Najjar) rows. Governorate rows (A) are skipped.
  2. Assign each one the side of the first zone in geodata/baseline-zones.geojson
     (file order) whose polygon contains it. The zones are hand-drawn by sitmap
     from general knowledge of the front lines of the March 2020 Idlib ceasefire,
     the Turkish operations of 2016-2019 and the SDF/government line along the
     Euphrates. A zone with an empty side excludes its places (the Israeli-occupied
     Golan). The last zone covers all of Syria, so nothing is left unassigned.
  3. Apply the explicit per-settlement OVERRIDES below for places near a zone
     edge, where the drawn line is too coarse to be trusted.
  4. Check a few well-known settlements (EXPECTED) and fail if one disagrees.

Every row gets status "held" and a source saying which zone or override decided it.

Usage:
    pip install shapely
    python3 scripts/geodata/make_baseline.py [--places PATH] [--zones PATH] [--out PATH]
"""
import argparse
import collections
import csv
import json
import os
import sys

from shapely.geometry import Point, shape
from shapely.prepared import prep

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GEODATA = os.path.join(REPO, "geodata")
DATE = "2024-11-26"
COLUMNS = ["place_id", "name", "side", "status", "source"]

# place_id -> (ascii_name as in places.tsv, side, reason). The name is only checked, so
# a renamed or re-numbered gazetteer row is reported instead of silently missed.
OVERRIDES = {
    # Idlib / western Aleppo front (March 2020 ceasefire line)
    "174191": ("Afis", "government", "north of Saraqib; retaken by the army in early March 2020 and held until the offensive"),
    "164816": ("Saraqib", "government", "M4/M5 junction town, held by the army since 2 March 2020"),
    "169358": ("Lislamin", "government", "east of Saraqib, behind the army's line"),
    "164782": ("Sarmin", "hts", "east of Idlib city, on the HTS side of the Saraqib front"),
    "163799": ("Taftanaz", "hts", "HTS-held town north-west of the Saraqib front"),
    "sitmap-taftanaz-airbase": ("Taftanaz Military Airbase", "hts", "in the HTS-held pocket since 2015"),
    "174030": ("Al Atarib", "hts", "western Aleppo countryside, HTS side of the 2020 line"),
    "170857": ("Darat `Izzah", "hts", "western Aleppo countryside, HTS side of the 2020 line"),
    "172045": ("Az Zarbah", "government", "on the M5 south-west of Aleppo, army-held since February 2020"),
    "170137": ("Al Hadir", "government", "southern Aleppo countryside, army-held since 2015-2016"),
    "168661": ("Kafranbel", "government", "front-line town south of Jabal al-Zawiya, army-held since February 2020"),
    "167611": ("Ma`arrat an Nu`man", "government", "on the M5, army-held since January 2020"),
    "174144": ("Ihsim", "hts", "Jabal al-Zawiya, north of the 2020 front"),
    "166757": ("Muhambal", "hts", "on the M4 west of Ariha, in the HTS pocket"),
    "173715": ("Al Janudiyah", "hts", "north-west of Jisr al-Shughur, in the HTS pocket"),
    "171494": ("Bdama", "hts", "on the Jisr al-Shughur-Latakia road, opposition-held and shelled from army positions in the Latakia hills"),
    "167863": ("Kinnsibba", "government", "Jabal al-Akrad, Latakia; army-held since 2016"),
    "172027": ("Az Ziyarah", "government", "al-Ghab plain, army side of the front"),
    # northern Aleppo
    "sitmap-sheikh-maqsoud": ("Sheikh Maqsoud", "sdf", "Kurdish-held district of Aleppo city (Asayish/YPG)"),
    "163476": ("Tall Rif`at", "sdf", "centre of the SDF-held Shahba pocket"),
    "sitmap-menagh-airbase": ("Menagh Military Airbase", "sdf", "in the SDF-held Tal Rifaat pocket since February 2016"),
    "167245": ("Mari`", "sna", "SNA front-line town east of Tal Rifaat"),
    "166331": ("Nubl", "government", "government-held Shia town north of Aleppo"),
    "sitmap-zahraa": ("Al-Zahraa", "government", "government-held Shia town north of Aleppo"),
    "174018": ("Al Bab", "sna", "held by the SNA since the Euphrates Shield operation (February 2017)"),
    "163811": ("Tadif", "government", "southern edge of al-Bab, army-held since 2017"),
    "174043": ("Al `Arimah", "sdf", "front town west of Manbij, held by the Manbij Military Council with government and Russian posts"),
    "169179": ("Jarabulus", "sna", "held by the SNA since August 2016"),
    "164159": ("Shuyukh Tahtani", "sdf", "east bank of the Euphrates, Kobani countryside"),
    # Peace Spring strip and the M4
    "163750": ("Tall Abyad", "sna", "held by the SNA since October 2019"),
    "164895": ("Suluk", "sna", "inside the Peace Spring strip"),
    "165509": ("Ra's al `Ayn", "sna", "held by the SNA since October 2019"),
    "172134": ("`Ayn `Isa", "sdf", "SDF-held on the M4 south of the Peace Spring strip"),
    "163434": ("Tall Tamr", "sdf", "SDF-held on the M4 south-east of Ras al-Ayn"),
    # Euphrates: Raqqa to Albu Kamal (the drawn river line is coarse)
    "4273": ("Al Karamah", "sdf", "north bank of the Euphrates east of Raqqa"),
    "172511": ("As Sabkhah", "government", "south bank of the Euphrates east of Raqqa, army-held since 2017"),
    "167538": ("Ma`dan", "government", "south bank of the Euphrates, army-held since 2017"),
    "172327": ("At Tibni", "government", "west bank of the Euphrates"),
    "8308210": ("Al Kasrah", "sdf", "east bank of the Euphrates, SDF-held"),
    "167899": ("Khusham", "government", "one of the east-bank villages opposite Deir ez-Zor held by the government"),
    "162284": ("Muh Hasan", "government", "west bank of the Euphrates"),
    "173927": ("Al Busayrah", "sdf", "east bank of the Euphrates at the Khabur confluence"),
    "173480": ("Al Mayadin", "government", "west bank of the Euphrates"),
    "170691": ("Dhiban", "sdf", "east bank of the Euphrates opposite al-Mayadin"),
    "174036": ("Al `Asharah", "government", "west bank of the Euphrates"),
    "164025": ("Subaykhan", "government", "west bank of the Euphrates"),
    "174506": ("Hajin", "sdf", "east bank of the Euphrates, SDF-held since December 2018"),
    "166597": ("Al Jala'", "government", "west bank of the Euphrates north of Albu Kamal"),
    "172415": ("As Susah", "sdf", "east bank of the Euphrates, SDF-held since 2019"),
    "174448": ("Albu Kamal", "government", "west bank of the Euphrates at the Iraqi border"),
}

# Settlements (ascii_name) whose side the brief and the sources agree on; a disagreement means
# a zone or an override is wrong, so the script stops.
EXPECTED = {
    "hts": ["Idlib", "Sarmada", "Ad Dana", "Harim", "Salqin", "Darkush", "Jisr ash Shughur", "Ariha",
            "Binnish", "Sarmin", "Taftanaz", "Ma`arratmisrin", "Kafr Takharim", "Armanaz",
            "Al Atarib", "Darat `Izzah"],
    "government": ["Aleppo", "Saraqib", "Ma`arrat an Nu`man", "Khan Shaykhun", "Anadan", "Huraytan",
                   "Nubl", "Al-Zahraa", "Khanasir", "Sheikh Najjar Industrial City", "As Safirah",
                   "Abu al-Duhur Military Airbase", "Kuweires Military Airbase",
                   "Nayrab Military Airbase", "Hamah", "Homs", "Latakia", "Tartus", "Damascus",
                   "Dar`a", "Tadmur", "Deir ez-Zor", "Kassab"],
    "sna": ["`Afrin", "I`zaz", "Mari`", "Al Bab", "Jarabulus", "Jindayris", "Ra's al `Ayn", "Tall Abyad"],
    "sdf": ["Manbij", "Tall Rif`at", "Sheikh Maqsoud", "`Ayn al `Arab", "Ar Raqqah", "Al-Tabqa",
            "Al Hasakah", "Al Qamishli"],
}


def read_tsv(path):
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_sides(path):
    return {row["side"] for row in read_tsv(path)}


def read_zones(path, sides):
    with open(path, encoding="utf-8") as fh:
        collection = json.load(fh)
    zones = []
    for feature in collection["features"]:
        props = feature["properties"]
        if props["side"] and props["side"] not in sides:
            raise SystemExit(f"zone {props['zone']}: unknown side {props['side']!r}")
        zones.append((props["zone"], props["side"], prep(shape(feature["geometry"]))))
    return zones


def is_settlement(row):
    """Syrian settlements and the curated sites (airbases, industrial zones); not governorates."""
    return row["country_code"] == "SY" and row["feature_class"] in ("P", "S", "L")


def assign(row, zones):
    """(side, source) for one place, or (None, reason) if it is excluded."""
    override = OVERRIDES.get(row["place_id"])
    if override:
        name, side, reason = override
        if name != row["ascii_name"]:
            print(f"warning: override {row['place_id']} expects {name!r}, gazetteer says {row['ascii_name']!r}",
                  file=sys.stderr)
        return side, f"override: {reason}"
    point = Point(float(row["longitude"]), float(row["latitude"]))
    for zone_id, side, polygon in zones:
        if polygon.covers(point):
            if not side:
                return None, zone_id
            return side, f"zone {zone_id} (approximate, drawn by sitmap)"
    return None, "outside every zone"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--places", default=os.path.join(GEODATA, "places.tsv"))
    ap.add_argument("--zones", default=os.path.join(GEODATA, "baseline-zones.geojson"))
    ap.add_argument("--sides", default=os.path.join(GEODATA, "sides.tsv"))
    ap.add_argument("--out", default=os.path.join(GEODATA, f"baseline-{DATE}.tsv"))
    args = ap.parse_args()

    sides = read_sides(args.sides)
    for place_id, (_, side, _) in OVERRIDES.items():
        if side not in sides:
            raise SystemExit(f"override {place_id}: unknown side {side!r}")
    zones = read_zones(args.zones, sides)

    rows, skipped, seen_overrides = [], [], set()
    for place in read_tsv(args.places):
        if not is_settlement(place):
            continue
        side, source = assign(place, zones)
        if place["place_id"] in OVERRIDES:
            seen_overrides.add(place["place_id"])
        if side is None:
            skipped.append((place["place_id"], place["name"], source))
            continue
        rows.append({"place_id": place["place_id"], "name": place["name"], "side": side,
                     "status": "held", "source": source, "ascii_name": place["ascii_name"]})

    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n",
                                quoting=csv.QUOTE_NONE, escapechar=None, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)

    by_name = {row["ascii_name"]: row["side"] for row in rows}
    wrong = [(name, side, by_name[name]) for side, names in EXPECTED.items()
             for name in names if name in by_name and by_name[name] != side]
    counts = collections.Counter(row["side"] for row in rows)
    print(f"wrote {args.out}: {len(rows)} settlements")
    for side, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {side:14} {count}")
    for place_id, name, reason in skipped:
        print(f"  skipped {place_id} {name}: {reason}")
    unused = sorted(set(OVERRIDES) - seen_overrides)
    if unused:
        print(f"  overrides not in the gazetteer: {', '.join(unused)}")
    if wrong:
        for name, want, got in wrong:
            print(f"error: {name} should be {want}, got {got}", file=sys.stderr)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
