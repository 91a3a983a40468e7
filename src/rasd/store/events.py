"""The events read back: lists and counts over filters, and the network of who
acts on whom, with one node per actor (a person by any of its names, a country
by its code whatever it is called)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rasd.store.connections import Query
from rasd.store.filters import WEEK, document_filters, name_filter
from rasd.store.names import full_name
from rasd.store.query import QueryError
from rasd.store.records import event_row
from rasd.store.results import Edge, EntityCount, EventRow, Network, Node
from rasd.text.normalize import search_key

NAMED = ("PER", "ORG", "LOC")  # the entity labels of actors (MISC: currencies, weapons…)
EVENT_ORDER = {
    "published": "d.published DESC, d.rowid DESC, ev.start",
    "relevance": "json_extract(ev.attrs, '$.relevance') DESC NULLS LAST, d.published DESC, ev.start",
}
_SOURCE_CODE = "json_extract(ev.attrs, '$._details.source_code')"
_TARGET_CODE = "json_extract(ev.attrs, '$._details.target_code')"
COUNT_KEYS = {  # what an event counts under: (key, actor code) for each end it counts for
    "day": (("substr(d.published, 1, 10)", "NULL"),),
    "week": ((WEEK, "NULL"),),
    "actor": (("ev.source", _SOURCE_CODE), ("ev.target", _TARGET_CODE)),
    "country": (
        ("json_extract(ev.attrs, '$._details.source_country')", "NULL"),
        ("json_extract(ev.attrs, '$._details.target_country')", "NULL"),
    ),
    "type": (("ev.type", "NULL"),),
}


def _event_filters(
    read: Query,
    type: str | None,
    actor: str | None,
    since: str | None,
    until: str | None,
    min_relevance: float | None,
) -> tuple[str, list[Any]]:
    where, params = document_filters(read, None, since, until, None, None, None, rowid="ev.doc")
    clauses = [where]
    if type:
        clauses.append("ev.type = ?")
        params.append(type)
    if actor:
        sql_s, p_s = name_filter(read, "ev.source", actor)
        sql_t, p_t = name_filter(read, "ev.target", actor)
        clauses.append(f"({sql_s} OR {sql_t})")
        params += p_s + p_t
    if min_relevance is not None:
        clauses.append("json_extract(ev.attrs, '$.relevance') >= ?")
        params.append(float(min_relevance))
    return " AND ".join(clauses), params


def find_events(
    read: Query,
    type: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = 50,
    offset: int = 0,
    min_relevance: float | None = None,
    sort: str = "published",
) -> list[EventRow]:
    """Events newest first (`sort="relevance"`: most relevant first); `actor`
    matches the source or the target (any spelling); `min_relevance` keeps the
    events with a relevance score (ASSAULT, PROTEST) of at least that."""
    if sort not in EVENT_ORDER:
        raise QueryError(f"sort: {sort!r}; choose one of {', '.join(EVENT_ORDER)}")
    where, params = _event_filters(read, type, actor, since, until, min_relevance)
    rows = read(
        "SELECT d.id, d.title, d.published, ev.type, ev.text, ev.source_text, ns.display,"
        " ev.target_text, nt.display, ev.where_text, ev.when_text, ev.start, ev.end,"
        " ev.day, d.source, d.url, ev.attrs FROM events ev JOIN documents d ON d.rowid = ev.doc"
        " LEFT JOIN names ns ON ns.id = ev.source LEFT JOIN names nt ON nt.id = ev.target"
        f" WHERE {where} ORDER BY {EVENT_ORDER[sort]} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [event_row(r) for r in rows]


def count_events(
    read: Query,
    by: str,
    type: str | None = None,
    actor: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_relevance: float | None = None,
) -> list[tuple[str, int]]:
    """How many events per day, week (its Monday), actor, country or type, over
    the same filters as `find_events`; days and weeks in order, the others most
    counted first. An event counts once for its source and once for its target."""
    if by not in COUNT_KEYS:
        raise QueryError(f"count by {by!r}; choose one of {', '.join(COUNT_KEYS)}")
    where, params = _event_filters(read, type, actor, since, until, min_relevance)
    keys = COUNT_KEYS[by]
    picked = " UNION ALL ".join(
        f"SELECT {key} AS k, {code} AS c FROM events ev JOIN documents d ON d.rowid = ev.doc"
        f" WHERE {where}"
        for key, code in keys
    )
    order = "k" if by in ("day", "week") else "count(*) DESC, k"
    rows = read(
        f"SELECT k, c, count(*) FROM ({picked}) WHERE k IS NOT NULL GROUP BY k, c ORDER BY {order}",
        params * len(keys),
    )
    if by != "actor":
        return [(k, n) for k, _, n in rows]
    # actors as in the network: one per actor, words that are no actor left out
    node_of = _actor_nodes(read, {(name_id, code) for name_id, code, _ in rows})
    counts: Counter[str] = Counter()
    shown: dict[str, Counter[str]] = {}
    for name_id, code, n in rows:
        found = node_of[name_id, code]
        if found is not None:
            counts[found[0]] += n
            shown.setdefault(found[0], Counter())[found[1]] += n
    named = [(shown[node].most_common(1)[0][0], n) for node, n in counts.items()]
    return sorted(named, key=lambda kv: (-kv[1], kv[0]))


def actor_network(read: Query, query: str | None = None, limit: int = 100) -> Network:
    """Who acts on whom: the `limit` heaviest source→target pairs of the events
    (only those involving `query`, when given) and the actors they connect.

    Nodes are actors, one per actor (`_actor_node`): named people, organisations
    and places (a surname or a title before a name joins the person), countries
    by their code whatever they are called, and unnamed actors that the coder
    gave a country ("الرئيس الأمريكي", USAGOV); words no actor code or name backs
    ("دولار", "السلطات" with no country) are left out."""
    clauses, params = ["ev.source IS NOT NULL AND ev.target IS NOT NULL"], []
    if query:
        sql_s, p_s = name_filter(read, "ev.source", query)
        sql_t, p_t = name_filter(read, "ev.target", query)
        clauses.append(f"({sql_s} OR {sql_t})")
        params += p_s + p_t
    # Count on name ids and codes alone; names are looked up for the actors kept only.
    rows = read(
        "SELECT ev.source, json_extract(ev.attrs, '$._details.source_code'), ev.target,"
        " json_extract(ev.attrs, '$._details.target_code'), ev.type, count(*) FROM events ev"
        f" WHERE {' AND '.join(clauses)} AND ev.source != ev.target"
        " GROUP BY 1, 2, 3, 4, 5",
        params,
    )
    node_of = _actor_nodes(read, {(r[i], r[i + 1]) for r in rows for i in (0, 2)})
    shown: dict[str, Counter[str]] = {}
    pairs: dict[tuple[str, str], dict[str, int]] = {}
    for source, source_code, target, target_code, etype, n in rows:
        ends = []
        for end in ((source, source_code), (target, target_code)):
            found = node_of[end]
            if found is not None:
                shown.setdefault(found[0], Counter())[found[1]] += n
            ends.append(found[0] if found else None)
        a, b = ends
        if a is None or b is None or a == b:
            continue
        types = pairs.setdefault((a, b), {})
        types[etype] = types.get(etype, 0) + n
    ranked = sorted(pairs.items(), key=lambda kv: -sum(kv[1].values()))[:limit]
    name_of = {node: counts.most_common(1)[0][0] for node, counts in shown.items()}
    edges = [
        Edge(search_key(name_of[a]), search_key(name_of[b]), sum(t.values()), t)
        for (a, b), t in ranked
    ]
    weights: Counter[str] = Counter()
    for e in edges:
        weights[e.source] += e.weight
        weights[e.target] += e.weight
    display = {search_key(name): name for name in name_of.values()}
    nodes = [Node(k, display[k], w) for k, w in weights.most_common()]
    return Network(nodes, edges)


def _actor_nodes(
    read: Query, ends: set[tuple[int, str | None]]
) -> dict[tuple[int, str | None], tuple[str, str] | None]:
    """(name id, actor code) of event ends → (node, the name it gives the node)."""
    ids = sorted({name_id for name_id, _ in ends})
    names = {
        i: (key, display, label)
        for i, key, display, label in read(
            "SELECT n.id, n.key, n.display, (SELECT e.label FROM entity_counts e"
            " WHERE e.name = n.id ORDER BY e.mentions DESC LIMIT 1) FROM names n"
            f" WHERE n.id IN ({','.join('?' * len(ids))})",
            ids,
        )
    }
    return {(i, code): _actor_node(read, *names[i], code) for i, code in ends}


def _actor_node(
    read: Query, key: str, display: str, label: str | None, code: str | None
) -> tuple[str, str] | None:
    """The node an actor mention belongs to and the name it gives the node; None
    when the mention is no actor."""
    country = code[:3] if code and len(code) >= 3 and code[:3].isalpha() else None
    if label not in NAMED or label == "PER":
        person = _person_within(read, key)  # "الرئيس دونالد ترامب": دونالد ترامب
        if person is not None:
            key, display, label = person
    if label == "LOC" and country and code == country:
        return "country:" + country, display  # "الولايات المتحدة", "أميركا": one node
    if label == "PER":
        full = full_name(read, EntityCount(display, key, "PER", 0, 0))
        if full is not None:
            return "name:" + full.key, full.name
    if label in NAMED:
        return "name:" + key, display
    if country and code != country:
        # unnamed but coded with a country and a role ("الرئيس الأمريكي", USAGOV):
        # one node per name, as a code alone would merge whatever the coder confused
        return "actor:" + key, display
    return None


def _person_within(read: Query, key: str) -> tuple[str, str, str] | None:
    """The person a longer name ends with: a title or role before a name."""
    words = key.split()
    for size in range(len(words) - 1, 0, -1):
        found = read(
            "SELECT n.key, n.display FROM names n JOIN entity_counts e ON e.name = n.id"
            " WHERE n.key = ? AND e.label = 'PER'",
            (" ".join(words[-size:]),),
        )
        if found:
            return found[0][0], found[0][1], "PER"
    return None
