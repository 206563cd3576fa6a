"""Origin states of goods and their exact reduction to classes (schema 2).

A unit of a product is in a *state* (o, a): the country o it originates in
and the agreement a it originates under ("" for none; a ≠ "" only if o is a
member of a). Bought goods take the Supply row's origin country, and every
agreement of that country when ``originating`` is yes; made goods take the
plant's country, with no agreement or — if the plant's inputs meet the rule
of origin — an agreement the country belongs to.

Most states behave alike, so the LP does not index goods by raw state but by
*class*: two states of one product are in one class when they pay the same
duty, at the same general rate, in every country the product can be used
in, and count as originating for the same agreement wherever that could
change the origin of a plant's output. Merging such states is exact: no
constraint or cost can tell them apart. In particular:

* bought goods that may claim an agreement never need the no-agreement state
  (claiming weakly dominates: the applied rate is min(general, preferential));
* an agreement matters for a product only if claiming it lowers some duty,
  or if the product is an input of a plant in a member country whose output
  it matters for (found as a fixed point over the recipes);
* a product whose duty never depends on its origin and that qualifies no
  plant's output under an agreement has one class: the schema-1 LP.

:class:`StateSpace` is what :mod:`models.lp` builds columns from; a MILP
layer (investments) can reuse it unchanged, since classes depend only on
the network's data, not on capacities.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from twinparks.models import schema
from twinparks.models.duty import DutyTable
from twinparks.models.typed import TypedNetwork

State = tuple[str, str]  # (origin country, agreement or "")


@dataclass
class StateSpace:
    """Product classes and where each Supply row and plant puts its goods.

    ``classes``: one row per class, numbered 0..n-1 (the class id used
    everywhere), with ``product`` (position in Products), ``agreement`` (the
    agreement its goods originate under where that matters, else ""),
    ``origin`` (its origin country, or the possible ones joined by ``|``
    where origin does not matter) and ``state`` (a representative state).
    ``supply``: (``row``, ``cls``) pairs, Supply row positions to classes.
    ``output``: (``plant``, ``cls``, ``agreement``) triples, the classes a
    plant's output can take ("" = no claim needed).
    """

    classes: pd.DataFrame
    supply: pd.DataFrame
    output: pd.DataFrame
    duty: DutyTable
    countries: list[str]
    use_countries: dict[int, list[str]]

    def rate(self, cls: int, country: str) -> tuple[float, float]:
        """(applied, general) duty rate of a class's goods used in ``country``."""
        product = self._names[self._products[cls]]
        origin, agreement = self._states[cls]
        return (self.duty.applied(product, origin, agreement, country),
                self.duty.general(product, origin, country))

    def __post_init__(self) -> None:
        self._names: list[str] = []
        self._products = self.classes["product"].tolist()
        self._states = self.classes["state"].tolist()

    def count(self, product: int) -> int:
        """Number of classes of a product."""
        return int((self.classes["product"] == product).sum())


def state_space(net: TypedNetwork) -> StateSpace:
    """The classes of every product of a validated, resolved network."""
    duty = DutyTable(net)
    agreements_of = _agreements_of(duty)
    products = net["Products"]
    names = list(products["id"])
    position = {name: i for i, name in enumerate(names)}
    site_country = dict(zip(net["Sites"]["id"], net["Sites"]["country"], strict=True))
    supply_states = [_supply_states(origin or site_country[site], originating, agreements_of)
                     for site, origin, originating in zip(
                         net["Supply"]["site"], net["Supply"]["origin_country"],
                         net["Supply"]["originating"], strict=True)]
    plant_states = [[(site_country[site], "")] + [(site_country[site], a)
                                                 for a in agreements_of(site_country[site])]
                    for site in net["Plants"]["site"]]
    candidates: dict[int, set[State]] = {i: set() for i in range(len(names))}
    for product, states in zip(net["Supply"]["product"], supply_states, strict=True):
        candidates[position[product]].update(states)
    for product, states in zip(net["Plants"]["product"], plant_states, strict=True):
        candidates[position[product]].update(states)
    uses = _use_countries(net, site_country, position)
    relevant = _relevant(net, duty, names, candidates, uses, site_country, position)
    keys = {p: {s: _key(duty, names[p], s, uses[p], s[1] if (p, s[1]) in relevant else "")
                for s in sorted(states)}
            for p, states in candidates.items()}
    classes, class_of = _classes(keys)
    space = StateSpace(
        classes=classes,
        supply=_pairs("row", [list(dict.fromkeys(class_of[(position[p], s)] for s in states))
                              for p, states in zip(net["Supply"]["product"], supply_states,
                                                   strict=True)]),
        output=_outputs(net, plant_states, class_of, position),
        duty=duty, countries=sorted(set(site_country.values())), use_countries=uses)
    space._names = names
    return space


def _agreements_of(duty: DutyTable):
    by_country: dict[str, list[str]] = {}
    for agreement in sorted(duty.members):
        for country in duty.members[agreement]:
            by_country.setdefault(country, []).append(agreement)
    return lambda country: by_country.get(country, [])


def _supply_states(origin: str, originating: str, agreements_of) -> list[State]:
    """A Supply row's states: every agreement of its origin when originating, else none."""
    claims = agreements_of(origin) if originating != schema.NO else []
    return [(origin, a) for a in claims] or [(origin, "")]


def _use_countries(net: TypedNetwork, site_country: dict[str, str],
                   position: dict[str, int]) -> dict[int, list[str]]:
    """Per product, the countries where it can be used (delivered or consumed)."""
    uses: dict[int, set[str]] = {i: set() for i in position.values()}
    for site, product in zip(net["Demand"]["site"], net["Demand"]["product"], strict=True):
        uses[position[product]].add(site_country[site])
    plant_site = dict(zip(net["Plants"]["id"], net["Plants"]["site"], strict=True))
    for plant, product in zip(net["Recipes"]["plant"], net["Recipes"]["input"], strict=True):
        uses[position[product]].add(site_country[plant_site[plant]])
    return {p: sorted(countries) for p, countries in uses.items()}


def _relevant(net, duty, names, candidates, uses, site_country, position) -> set[tuple[int, str]]:
    """(product, agreement) pairs where originating under the agreement can matter."""
    relevant = {(p, a) for p, states in candidates.items() for o, a in states
                if a and any(duty.applied(names[p], o, a, d) < duty.general(names[p], o, d)
                             for d in uses[p])}
    inputs: dict[str, list[int]] = {}
    for plant, product in zip(net["Recipes"]["plant"], net["Recipes"]["input"], strict=True):
        inputs.setdefault(plant, []).append(position[product])
    plants = [(position[p], site_country[s], inputs.get(k, [])) for k, s, p in zip(
        net["Plants"]["id"], net["Plants"]["site"], net["Plants"]["product"], strict=True)]
    while True:
        grown = {(i, a) for p, country, used in plants for q, a in relevant
                 if q == p and country in duty.members.get(a, ()) for i in used} - relevant
        if not grown:
            return relevant
        relevant |= grown


def _key(duty: DutyTable, product: str, state: State, countries: list[str], tag: str) -> tuple:
    """What tells states apart: applied and general duty where used, the agreement claimed."""
    origin, agreement = state
    return (tuple(duty.applied(product, origin, agreement, d) for d in countries),
            tuple(duty.general(product, origin, d) for d in countries), tag)


def _classes(keys: dict[int, dict[State, tuple]]):
    """Number the classes product by product; map every (product, state) to its class."""
    rows: list[dict] = []
    class_of: dict[tuple[int, State], int] = {}
    for product, by_state in keys.items():
        seen: dict[tuple, int] = {}
        for state, key in by_state.items():
            if key not in seen:
                seen[key] = len(rows)
                rows.append({"product": product, "agreement": key[2], "states": [state]})
            else:
                rows[seen[key]]["states"].append(state)
            class_of[(product, state)] = seen[key]
    classes = pd.DataFrame({
        "product": [r["product"] for r in rows],
        "agreement": [r["agreement"] for r in rows],
        "origin": ["|".join(sorted({o for o, _ in r["states"]})) for r in rows],
        "state": [r["states"][0] for r in rows]})
    return classes, class_of


def _pairs(name: str, groups: list[list[int]]) -> pd.DataFrame:
    return pd.DataFrame({name: [i for i, group in enumerate(groups) for _ in group],
                         "cls": [c for group in groups for c in group]}, dtype="int64")


def _outputs(net, plant_states, class_of, position) -> pd.DataFrame:
    """The distinct classes each plant's output can take, with the agreement claimed."""
    rows = []
    for k, (product, states) in enumerate(zip(net["Plants"]["product"], plant_states,
                                              strict=True)):
        free = class_of[(position[product], states[0])]
        rows.append((k, free, ""))
        rows += [(k, class_of[(position[product], s)], s[1]) for s in states[1:]
                 if class_of[(position[product], s)] != free]
    return pd.DataFrame(rows, columns=["plant", "cls", "agreement"]).astype(
        {"plant": "int64", "cls": "int64", "agreement": object})
