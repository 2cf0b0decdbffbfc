"""Which photos culling leaves out, and why (pure: it works on ``PhotoFacts``).

Near-duplicates are photos whose perceptual hashes differ in at most ``DUPLICATE_BITS`` of 64
bits (a 3 % crop or a recompression changes 0 to 6, two different photos about 24 or more);
of each group the one with the most fine detail stays. A photo is clearly blurred when two
measures, each relative to the other photos, agree: it has under ``DETAIL_FACTOR`` of their
median fine detail (a smooth sky alone could have that little), and a light blur takes away
less of what it has (its loss, 1 - sharpness, is over ``LOSS_FACTOR`` times their median loss
and its sharpness under ``BLUR_CEILING``). Culling never leaves out every photo.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from .media_facts import PhotoFacts

DUPLICATE_BITS = 12
DETAIL_FACTOR = 0.1
LOSS_FACTOR = 1.5
BLUR_CEILING = 0.9


@dataclass(frozen=True)
class Reason:
    """Why a photo is left out: a near-duplicate of another (its id), else blurred."""

    duplicate_of: str | None = None


def cull_plan(
    order: list[str],
    photos: dict[str, PhotoFacts],
    duplicates: bool = True,
    blurry: bool = True,
    spared: frozenset[str] = frozenset(),
) -> dict[str, Reason]:
    """Segment id -> why it goes, for the photos in ``photos`` (others are never touched).

    ``order`` is the timeline order of every segment, so that results read in that order.
    ``spared`` photos (the person placed them) are never left out, and one of them is the
    photo a group of near-duplicates keeps.
    """
    ids = [i for i in order if i in photos]
    out: dict[str, Reason] = {}
    if duplicates:
        for group in _groups(ids, photos):
            keepers = [i for i in group if i in spared] or group
            best = max(keepers, key=lambda i: photos[i].detail)
            for other in group:
                if other != best and other not in spared:
                    out[other] = Reason(duplicate_of=best)
    if blurry and len(ids) >= 2:
        median_loss = max(0.01, statistics.median(1.0 - photos[i].sharpness for i in ids))
        median_detail = statistics.median(photos[i].detail for i in ids)
        for i in ids:
            facts = photos[i]
            little = facts.detail < DETAIL_FACTOR * median_detail
            loss = 1.0 - facts.sharpness
            soft = facts.sharpness < BLUR_CEILING and loss > LOSS_FACTOR * median_loss
            if i not in out and i not in spared and little and soft:
                out[i] = Reason()
    if ids and len(out) >= len(ids):  # never every photo: the sharpest stays
        del out[max(ids, key=lambda i: photos[i].sharpness)]
    return {i: out[i] for i in order if i in out}


def _groups(ids: list[str], photos: dict[str, PhotoFacts]) -> list[list[str]]:
    """Groups of near-duplicates (linked pairs joined, as a union-find), in timeline order."""
    parent = {i: i for i in ids}

    def root(i: str) -> str:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, first in enumerate(ids):
        for second in ids[a + 1 :]:
            if (photos[first].phash ^ photos[second].phash).bit_count() <= DUPLICATE_BITS:
                parent[root(second)] = root(first)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(root(i), []).append(i)
    return [g for g in groups.values() if len(g) > 1]
