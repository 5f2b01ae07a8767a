"""Fragile sectors outside the QPV (domain.md 5.7): fragile units away from every QPV,
grouped into contiguous sectors and dissolved into one outline each."""

import numpy as np
from shapely.ops import unary_union

from .gistar import contiguity_neighbours


def away_from(geometries, areas, buffer=0.0):
    """True for each geometry that neither intersects any of ``areas`` nor lies within
    ``buffer`` of one."""
    if not areas:
        return np.ones(len(geometries), dtype=bool)
    zone = unary_union(areas)
    if buffer > 0:
        zone = zone.buffer(buffer)
    return np.array([g is not None and not g.is_empty and not g.intersects(zone) for g in geometries], dtype=bool)


def groups(geometries, gap):
    """Sector number (0, 1, …) of each geometry: the connected components of the graph
    "lies within ``gap`` of" — a chain of units across streets narrower than the gap
    is one sector. Numbered in the order of their first unit."""
    neighbours = contiguity_neighbours(geometries, gap)
    label = np.full(len(geometries), -1, dtype=np.int64)
    current = 0
    for start in range(len(geometries)):
        if label[start] >= 0:
            continue
        label[start] = current
        stack = [start]
        while stack:
            i = stack.pop()
            for j in neighbours[i]:
                if label[j] < 0:
                    label[j] = current
                    stack.append(j)
        current += 1
    return label


def dissolve(geometries, gap, holes=None):
    """One outline for a sector: the union of its units with the streets between them
    closed (a buffer of gap / 2 out and back in), minus ``holes`` (the QPV and their
    buffer) so that the closing never reaches into one."""
    union = unary_union([g for g in geometries if g is not None])
    if gap > 0:
        # mitred joins: a street between two blocks closes with straight edges (round joins
        # would leave a notch at each end of the street)
        union = union.buffer(gap / 2.0, join_style=2).buffer(-gap / 2.0, join_style=2)
        union = union.union(unary_union([g for g in geometries if g is not None]))
    if holes is not None and not holes.is_empty:
        union = union.difference(holes)
    return union
