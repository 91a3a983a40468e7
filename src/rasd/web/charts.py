"""Geometry for the server-rendered SVG charts: the events timeline and the actor network.

The functions here only compute coordinates and labels; the templates draw them, so
every label still goes through Jinja's autoescaping.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date

# Colour-blind-safe qualitative palette (Okabe-Ito, then Tol's muted), by type order.
PALETTE = (
    "#0072B2",
    "#D55E00",
    "#009E73",
    "#CC79A7",
    "#E69F00",
    "#56B4E9",
    "#882255",
    "#117733",
    "#332288",
    "#999933",
    "#AA4499",
    "#44AA99",
    "#661100",
    "#6699CC",
    "#888888",
    "#000000",
)


def colour(index: int) -> str:
    return PALETTE[index % len(PALETTE)]


def parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class Lane:
    label: str
    y: float
    colour: str
    count: int


@dataclass(slots=True)
class Tick:
    x: float
    label: str


@dataclass(slots=True)
class Dot:
    x: float
    y: float
    r: float
    colour: str
    title: str


@dataclass(slots=True)
class Timeline:
    width: int
    height: int
    left: float  # where the time axis starts (lane labels sit to its right in RTL)
    right: float
    lanes: list[Lane]
    ticks: list[Tick]
    dots: list[Dot]
    undated: int
    outliers: list[tuple[str, int]] = field(default_factory=list)  # (day, events) left out


LANE_HEIGHT = 34
TOP = 16
EDGE = 45  # room for the largest dot and half a date label
CORE_TRIM = 0.1  # of the events at either end: the middle part `core_range` starts from
WIDE = (900, 200, 5)  # width, room for the lane labels, date ticks
NARROW = (390, 120, 1)  # a phone: the same font size in a third of the width


def core_range(counts: Counter[date]) -> tuple[date, date]:
    """The days most events fall in: from the middle `1 - 2 * CORE_TRIM` of the events
    outwards, as long as each next day is no farther than that middle part's span
    (a week at least). A few far-off days (an article dated years back, a resolved
    "عام 1969") stay out, so they do not squeeze every other dot into a corner."""
    days = sorted(counts)
    total = sum(counts.values())
    seen, low, high = 0, None, 0
    for i, day in enumerate(days):
        seen += counts[day]
        if low is None and seen > total * CORE_TRIM:
            low = i
        if seen < total * (1 - CORE_TRIM):
            high = i + 1
    low = low or 0
    high = max(min(high, len(days) - 1), low)
    margin = max((days[high] - days[low]).days, 7)
    while low > 0 and (days[low] - days[low - 1]).days <= margin:
        low -= 1
    while high < len(days) - 1 and (days[high + 1] - days[high]).days <= margin:
        high += 1
    return days[low], days[high]


def timeline(
    events: Iterable[tuple[str, str | None]], size: tuple[int, int, int] = WIDE
) -> Timeline:
    """Events as (type, day) pairs → one lane per type, a dot per (type, day) sized by
    count, over the days most events fall in (`core_range`); `size` is WIDE or NARROW."""
    width, label_width, steps = size
    per_day: Counter[tuple[str, date]] = Counter()
    undated = 0
    for kind, day_text in events:
        day = parse_day(day_text)
        if day is None:
            undated += 1
            continue
        per_day[kind, day] += 1
    all_days: Counter[date] = Counter()
    for (_, day), n in per_day.items():
        all_days[day] += n
    outliers: list[tuple[str, int]] = []
    if all_days:
        first, last = core_range(all_days)
        outliers = [
            (d.isoformat(), n) for d, n in sorted(all_days.items()) if not first <= d <= last
        ]
        per_day = Counter({k: n for k, n in per_day.items() if first <= k[1] <= last})
    per_type: Counter[str] = Counter()
    for (kind, _), n in per_day.items():
        per_type[kind] += n
    types = sorted(per_type)
    height = TOP + LANE_HEIGHT * max(len(types), 1) + 30
    # time runs right to left, as the page reads
    left, right = EDGE, width - label_width - EDGE / 2
    lanes = [
        Lane(kind, TOP + LANE_HEIGHT * (i + 0.5), colour(i), per_type[kind])
        for i, kind in enumerate(types)
    ]
    if not per_day:
        return Timeline(width, height, left, right, lanes, [], [], undated, outliers)
    span = max((last - first).days, 1)

    def x_of(day: date) -> float:
        if first == last:
            return (left + right) / 2
        return right - (day - first).days / span * (right - left)

    y_of = {lane.label: lane for lane in lanes}
    biggest = max(per_day.values())
    dots = [
        Dot(
            x=round(x_of(day), 1),
            y=y_of[kind].y,
            r=round(4 + 8 * math.sqrt(n / biggest), 1),
            colour=y_of[kind].colour,
            title=f"{kind} · {day.isoformat()} · {n}",
        )
        for (kind, day), n in sorted(per_day.items())
    ]
    ticks = _ticks(first, last, x_of, steps)
    return Timeline(width, height, left, right, lanes, ticks, dots, undated, outliers)


def _ticks(first: date, last: date, x_of: Callable[[date], float], steps: int) -> list[Tick]:
    if first == last:
        return [Tick(x_of(first), first.isoformat())]
    span = (last - first).days
    seen: set[str] = set()
    ticks = []
    for i in range(steps + 1):
        day = date.fromordinal(first.toordinal() + round(span * i / steps))
        label = day.isoformat()
        if label not in seen:
            seen.add(label)
            ticks.append(Tick(round(x_of(day), 1), label))
    return ticks


@dataclass(slots=True)
class Node:
    name: str
    x: float
    y: float
    r: float
    label_x: float
    label_y: float
    anchor: str
    degree: int


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    weight: int
    x1: float
    y1: float
    x2: float
    y2: float
    width: float
    title: str


@dataclass(slots=True)
class Network:
    size: int
    nodes: list[Node]
    edges: list[Edge]
    view_x: float = 0.0  # the drawing's left edge: long names may reach past the circle's box
    view_width: float = 0.0

    @property
    def view_box(self) -> str:
        return f"{self.view_x} 0 {self.view_width or self.size} {self.size}"


CHAR_WIDTH = 7.5  # a generous average advance of an Arabic letter at the chart's 13px


def _label_extent(node: Node) -> tuple[float, float]:
    width = len(node.name) * CHAR_WIDTH
    if node.anchor == "start":
        return node.label_x, node.label_x + width
    if node.anchor == "end":
        return node.label_x - width, node.label_x
    return node.label_x - width / 2, node.label_x + width / 2


def _anchor(cos: float) -> str:
    """Labels on the right of the circle grow rightwards, on the left leftwards."""
    if cos > 0.2:
        return "start"
    return "end" if cos < -0.2 else "middle"


def network(edges: Iterable[tuple[str, str, int]], size: int = 720, max_nodes: int = 24) -> Network:
    """Who acted on whom: the `max_nodes` busiest actors on a circle (more would hide
    each other's names), an arrow per pair among them, thicker for more events."""
    weights: Counter[tuple[str, str]] = Counter()
    for source, target, weight in edges:
        if source and target and source != target:
            weights[source, target] += max(int(weight), 1)
    degree: Counter[str] = Counter()
    for (source, target), weight in weights.items():
        degree[source] += weight
        degree[target] += weight
    names = [name for name, _ in degree.most_common(max_nodes)]
    if not names:
        return Network(size, [], [])
    kept = set(names)
    weights = Counter({pair: w for pair, w in weights.items() if kept.issuperset(pair)})
    centre, radius = size / 2, size / 2 - 110
    top = max(degree.values())
    nodes: dict[str, Node] = {}
    for i, name in enumerate(names):
        angle = 2 * math.pi * i / len(names) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        nodes[name] = Node(
            name=name,
            x=round(x, 1),
            y=round(y, 1),
            r=round(6 + 10 * math.sqrt(degree[name] / top), 1),
            label_x=round(centre + (radius + 22) * math.cos(angle), 1),
            label_y=round(centre + (radius + 22) * math.sin(angle) + 4, 1),
            anchor=_anchor(math.cos(angle)),
            degree=degree[name],
        )
    heaviest = max(weights.values())
    drawn = []
    for (source, target), weight in sorted(weights.items(), key=lambda kv: kv[1]):
        a, b = nodes[source], nodes[target]
        length = math.hypot(b.x - a.x, b.y - a.y) or 1.0
        ux, uy = (b.x - a.x) / length, (b.y - a.y) / length
        # both directions between a pair: draw them side by side, not on top of each other
        shift = 5.0 if (target, source) in weights else 0.0
        px, py = -uy * shift, ux * shift
        drawn.append(
            Edge(
                source=source,
                target=target,
                weight=weight,
                x1=round(a.x + ux * a.r + px, 1),
                y1=round(a.y + uy * a.r + py, 1),
                # stop at the target's rim so the arrow head stays visible
                x2=round(b.x - ux * (b.r + 3) + px, 1),
                y2=round(b.y - uy * (b.r + 3) + py, 1),
                width=round(1 + 4 * weight / heaviest, 1),
                title=f"{source} → {target}: {weight}",
            )
        )
    extents = [_label_extent(n) for n in nodes.values()]
    low = min(0.0, *(a for a, _ in extents)) - 4
    high = max(float(size), *(b for _, b in extents)) + 4
    return Network(size, list(nodes.values()), drawn, round(low, 1), round(high - low, 1))
