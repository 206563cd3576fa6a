"""Seeded synthetic networks of a chosen LP size, for benchmarks and tests.

The generated network is a multi-echelon chain in three countries:
suppliers sell raw products to parks, whose plants turn raws into
semi-finished products and those into finals (steel, tyres, glass,
aluminium); finals leave the parks through ports, cross the sea to hubs and
go on to markets. Most LP variables are ``ship[lane, product]`` columns, so
the generator keeps track of which products can reach each site (as
:func:`models.lp.ship_columns` does) and adds markets, with their inbound
lanes and demand rows, until the variable count reaches the target.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from twinparks.models.network import Network, network_from_rows

FAMILIES = ("steel", "tyres", "glass", "aluminium")
COUNTRIES = ("CN", "MY", "TH")
PARK_COUNTRIES = ("CN", "MY")
CENTRES = {"CN": (22.9, 108.6), "MY": (3.9, 103.3), "TH": (13.7, 100.5)}
SHEETS = ("Sites", "Products", "Plants", "Recipes", "Supply", "Lanes", "Demand", "Tariffs")
# No solver named: the workbook takes the default route by size (models/solver_choice.py)
SETTINGS = {"currency": "USD", "unmet_penalty": 100000, "carbon_price": 50,
            "time_limit_s": 600}


@dataclass(frozen=True)
class _Layout:
    """How many products and sites of each kind a target size calls for."""

    finals: int
    semis: int
    raws: int
    parks: int
    suppliers: int
    ports: int
    hubs: int


def _layout(target_vars: int) -> _Layout:
    finals = max(6, round(1.6 * target_vars ** 0.25))
    semis, raws = max(3, finals // 2), max(3, finals // 3)
    markets = 0.75 * target_vars / (2.3 * finals)
    hubs = max(3, round(markets ** 0.5))
    return _Layout(finals=finals, semis=semis, raws=raws,
                   parks=max(3, round((finals + semis) / 3)), suppliers=max(3, raws),
                   ports=max(2, hubs // 3), hubs=hubs)


def synthetic_network(target_vars: int, seed: int = 0) -> Network:
    """A valid multi-echelon network whose LP has about ``target_vars`` variables.

    Parameters
    ----------
    target_vars
        Wanted number of LP columns (buy, make, ship and unmet); the result
        lands within a few percent of it above a few hundred.
    seed
        Seed of the random generator; the same seed gives the same network.

    Returns
    -------
    Network
        Sites, products, plants with two-stage recipes, supply, lanes (some
        with a tonnage capacity, some restricted to products or families),
        demand, wildcard tariffs and settings with a carbon price.

    """
    layout = _layout(target_vars)
    b = _Builder(seed)
    products = _products(b, layout)
    suppliers = _suppliers(b, layout, products["raw"])
    parks = _plants(b, layout, products)
    _feed_parks(b, suppliers, parks)
    hubs = _distribution(b, layout, parks)
    index = 0
    while b.variables < target_vars and index < max(10, target_vars):
        _market(b, index, hubs, parks)
        index += 1
    _size_capacities(b)
    _tariffs(b, products["final"])
    return network_from_rows(b.rows, dict(SETTINGS))


class _Builder:
    """Sheet rows under construction, the products reaching each site, the LP size."""

    def __init__(self, seed: int):
        self.rng = np.random.default_rng(seed)
        self.rows: dict[str, list[dict[str, object]]] = {sheet: [] for sheet in SHEETS}
        self.reach: dict[str, set[str]] = {}
        self.country: dict[str, str] = {}
        self.family: dict[str, str] = {}
        self.tonnes: dict[str, float] = {}
        self.made: dict[str, list[str]] = {}
        self.variables = 0

    def uniform(self, low: float, high: float, digits: int = 2) -> float:
        """A random number in [low, high), rounded."""
        return round(float(self.rng.uniform(low, high)), digits)

    def pick(self, items: list, count: int) -> list:
        """``count`` distinct items (all of them if fewer), in a seeded order."""
        count = min(count, len(items))
        return [items[i] for i in self.rng.choice(len(items), size=count, replace=False)]

    def site(self, site_id: str, kind: str, country: str) -> str:
        """Add a site near its country's centre."""
        lat, lon = CENTRES[country]
        self.rows["Sites"].append({
            "id": site_id, "name": site_id.title(), "country": country, "kind": kind,
            "lat": round(lat + self.uniform(-4, 4), 4),
            "lon": round(lon + self.uniform(-4, 4), 4)})
        self.reach[site_id], self.country[site_id] = set(), country
        return site_id

    def product(self, product_id: str, family: str, tonnes: float, value: float) -> str:
        """Add a product."""
        self.rows["Products"].append({
            "id": product_id, "name": product_id.replace("-", " "),
            "unit": "pcs" if tonnes < 0.1 else "t", "tonnes_per_unit": tonnes,
            "value_per_unit": value, "family": family})
        self.family[product_id], self.tonnes[product_id] = family, tonnes
        return product_id

    def lane(self, origin: str, destination: str, mode: str, tokens: list[str]) -> dict:
        """Add a lane restricted to ``tokens`` (ids or families; empty = any)."""
        carried = {p for p in self.reach[origin]
                   if not tokens or p in tokens or self.family[p] in tokens}
        self.reach[destination] |= carried
        self.variables += len(carried)
        row = {"id": f"L{len(self.rows['Lanes']) + 1:06d}", "origin": origin,
               "destination": destination, "mode": mode,
               "cost_per_tonne": self.uniform(4, 60), "transit_days": self.uniform(1, 20, 0),
               "co2_kg_per_tonne": self.uniform(5, 40), "products": ",".join(tokens) or None}
        self.rows["Lanes"].append(row)
        return row


def _products(b: _Builder, layout: _Layout) -> dict[str, list[str]]:
    raws = [b.product(f"raw-{i + 1}", "raw", 1.0, b.uniform(40, 120))
            for i in range(layout.raws)]
    semis = [b.product(f"semi-{i + 1}", "semi", 1.0, b.uniform(200, 600))
             for i in range(layout.semis)]
    finals = []
    for i in range(layout.finals):
        family = FAMILIES[i % len(FAMILIES)]
        tonnes = 0.012 if family == "tyres" else 1.0  # tyres are counted in pieces
        value = b.uniform(600, 2000) * (0.06 if family == "tyres" else 1.0)
        finals.append(b.product(f"{family}-{i + 1}", family, tonnes, round(value, 2)))
    return {"raw": raws, "semi": semis, "final": finals}


def _suppliers(b: _Builder, layout: _Layout, raws: list[str]) -> list[str]:
    suppliers = []
    for i in range(layout.suppliers):
        site = b.site(f"SUP{i + 1:03d}", "supplier", COUNTRIES[i % len(COUNTRIES)])
        offered = {raws[i % len(raws)], *b.pick(raws, max(1, len(raws) // 2))}
        for raw in sorted(offered):
            limited = b.rng.random() < 0.5  # sized once demand is known
            b.rows["Supply"].append({"site": site, "product": raw,
                                     "capacity": 0.0 if limited else None,
                                     "cost_per_unit": b.uniform(30, 90)})
            b.reach[site].add(raw)
            b.variables += 1
        suppliers.append(site)
    return suppliers


def _plants(b: _Builder, layout: _Layout, products: dict[str, list[str]]) -> list[str]:
    """Each semi and final made at about two parks; recipes take one or two inputs."""
    parks = [b.site(f"PARK{i + 1:02d}", "park", PARK_COUNTRIES[i % 2])
             for i in range(layout.parks)]
    for stage, inputs in (("semi", "raw"), ("final", "semi")):
        made = products[stage]
        for product in made + b.pick(made, len(made)):
            park = parks[int(b.rng.integers(len(parks)))]
            plant = f"P{len(b.rows['Plants']) + 1:04d}"
            b.rows["Plants"].append({
                "id": plant, "site": park, "product": product, "capacity": 0.0,
                "cost_per_unit": b.uniform(20, 200), "co2_kg_per_unit": b.uniform(50, 900)})
            b.made.setdefault(park, []).append(product)
            b.reach[park].add(product)
            b.variables += 1
            for source in b.pick(products[inputs], int(b.rng.integers(1, 3))):
                qty = round(b.tonnes[product] / b.tonnes[source] * b.uniform(1.05, 1.3), 4)
                b.rows["Recipes"].append({"plant": plant, "input": source,
                                          "qty_per_unit": qty})
    return parks


def _inputs_needed(b: _Builder, park: str, family: str) -> list[str]:
    plants = {row["id"] for row in b.rows["Plants"] if row["site"] == park}
    return sorted({row["input"] for row in b.rows["Recipes"]
                   if row["plant"] in plants and b.family[row["input"]] == family})


def _feed_parks(b: _Builder, suppliers: list[str], parks: list[str]) -> None:
    """Bulk raw lanes from suppliers, then rail lanes of semis between parks."""
    joined: set[tuple[str, str]] = set()
    for park in parks:
        for raw in _inputs_needed(b, park, "raw"):
            offering = [s for s in suppliers if raw in b.reach[s]]
            for supplier in b.pick(offering, 2):
                if (supplier, park) not in joined:
                    joined.add((supplier, park))
                    b.lane(supplier, park, "sea", ["raw"])
    for park in parks:
        for semi in _inputs_needed(b, park, "semi"):
            makers = [p for p in parks if p != park and semi in b.made.get(p, [])]
            for origin in b.pick(makers, 1):
                if (origin, park) not in joined:
                    joined.add((origin, park))
                    b.lane(origin, park, "rail",
                           sorted({s for s in b.made[origin] if b.family[s] == "semi"}))


def _distribution(b: _Builder, layout: _Layout, parks: list[str]) -> list[str]:
    """Ports of the park countries, park→port lanes and sea lanes port→hub."""
    ports = [b.site(f"PORT{i + 1:02d}", "port", PARK_COUNTRIES[i % 2])
             for i in range(layout.ports)]
    for i, park in enumerate(parks):
        home = [p for p in ports if b.country[p] == b.country[park]]
        away = [p for p in ports if b.country[p] != b.country[park]]
        targets = b.pick(home, 2) + b.pick(away, 1)
        targets += [p for j, p in enumerate(ports) if j % len(parks) == i and p not in targets]
        for port in targets:
            mode = "road" if port in home else "sea-rail"
            b.lane(park, port, mode, list(FAMILIES))
    hubs = [b.site(f"HUB{i + 1:03d}", "hub", COUNTRIES[i % len(COUNTRIES)])
            for i in range(layout.hubs)]
    for i, hub in enumerate(hubs):
        for port in b.pick(ports, 2 + i % 2):
            row = b.lane(port, hub, "sea", [])
            row["capacity_tonnes"] = "sea" if b.rng.random() < 0.3 else None
    return hubs


def _market(b: _Builder, index: int, hubs: list[str], parks: list[str]) -> None:
    """A market fed by two to four hubs (and sometimes a park), with its demand rows."""
    site = b.site(f"MKT{index + 1:05d}", "market", COUNTRIES[index % len(COUNTRIES)])
    lanes = []
    for hub in b.pick(hubs, 2 + index % 3):
        families = [] if b.rng.random() < 0.5 else b.pick(list(FAMILIES), 2)
        lanes.append(b.lane(hub, site, "road", families))
    if b.rng.random() < 0.1:
        lanes.append(b.lane(b.pick(parks, 1)[0], site, "rail", list(FAMILIES)))
    total = 0.0
    for product in b.pick(sorted(b.reach[site]), round(0.4 * len(b.reach[site]))):
        tonnes = b.uniform(200, 3000)
        b.rows["Demand"].append({"site": site, "product": product,
                                 "quantity": round(tonnes / b.tonnes[product])})
        b.variables += 1
        total += tonnes
    for row in lanes:
        if b.rng.random() < 0.25:
            row["capacity_tonnes"] = round(0.6 * total)


def _size_capacities(b: _Builder) -> None:
    """Plants, limited supply and sea lanes sized to the demand they serve."""
    need: Counter[str] = Counter()
    for row in b.rows["Demand"]:
        need[row["product"]] += row["quantity"]
    recipes: dict[str, list[dict]] = {}
    for row in b.rows["Recipes"]:
        recipes.setdefault(row["plant"], []).append(row)
    for semi in (False, True):  # finals first: their capacity sets the need for semis
        plants = [row for row in b.rows["Plants"] if (b.family[row["product"]] == "semi") == semi]
        makers = Counter(row["product"] for row in plants)
        for row in plants:
            share = need[row["product"]] / makers[row["product"]]
            row["capacity"] = max(100.0, round(1.3 * share * b.uniform(0.8, 1.2)))
            for recipe in recipes[row["id"]]:
                need[recipe["input"]] += row["capacity"] * recipe["qty_per_unit"]
    sellers = Counter(row["product"] for row in b.rows["Supply"])
    for row in b.rows["Supply"]:
        if row["capacity"] is not None:
            row["capacity"] = round(1.5 * need[row["product"]] / sellers[row["product"]])
    total = sum(row["quantity"] * b.tonnes[row["product"]] for row in b.rows["Demand"])
    sea = [row for row in b.rows["Lanes"] if row.get("capacity_tonnes") == "sea"]
    for row in sea:
        row["capacity_tonnes"] = round(3 * total / max(1, len(sea)))


def _tariffs(b: _Builder, finals: list[str]) -> None:
    """Wildcard tariffs; no two equally specific rows ever match the same flow."""
    rows = [("*", "*", "*", 0.03)]
    rows += [("*", "CN", "MY", 0.0), ("*", "MY", "CN", 0.0), ("*", "TH", "MY", 0.05)]
    rows += [(p, "*", "*", 0.08) for p in b.pick(finals, 2)]
    rows += [(p, "MY", "TH", 0.1) for p in b.pick(finals, 2)]
    b.rows["Tariffs"] = [{"product": p, "origin_country": o, "destination_country": d,
                          "rate": rate} for p, o, d, rate in rows]
