"""An independent schema-2 model: explicit variables for every origin state, plain PuLP.

Written straight from the README's "Duty follows the goods" section, sharing
no code with ``models``: every product has a variable per lane and per state
(o, a) — every country o and every agreement a ∋ o, plus "no agreement" —
whether or not that state can occur; every plant's output is split into the
part that claims nothing and, per agreement of its country, one part per
option of the rule (RVC, tariff shift, or — without a rule — wholly from
originating inputs); and every part has its own input variable per input
and state. Duty is charged where goods are used (plant input, demand
delivery) at the general rate or, for goods originating under A used in a
member of A with a matching A row, the lower of that and the preferential
rate. No state reduction, no dominance argument, no schema-1 shortcut.

Investments (integer modules added to a plant's or a lane's capacity, at
their annual cost) and ``min_output`` (a binary per plant: off, or between
the minimum and its largest capacity) are written from docs/contract.md §8
the same way; chokepoint share limits are not (a workbook with one is
refused).
"""

from __future__ import annotations

import pulp

DEFAULT_PENALTY = 1_000_000.0
DIGITS = {"CC": 2, "CTH": 4, "CTSH": 6}


def number(row, key, default=0.0):
    cell = row.get(key)
    return default if cell is None or cell == "" else float(cell)


def _matches(row, product, origin, destination):
    key = (row["product"], row["origin_country"], row["destination_country"])
    return all(k in ("*", v) for k, v in zip(key, (product, origin, destination), strict=True))


def lookup(tariffs, agreement, product, origin, destination):
    """Fewest-* matching row among the rows of ``agreement`` ("" = general); None if none."""
    rows = [t for t in tariffs if (t.get("agreement") or "") == agreement
            and _matches(t, product, origin, destination)]
    if not rows:
        return None
    best = min(rows, key=lambda t: (t["product"], t["origin_country"],
                                    t["destination_country"]).count("*"))
    return float(best["rate"])


def applied_rate(tariffs, members, product, state, destination):
    origin, agreement = state
    if origin == destination:
        return 0.0
    general = lookup(tariffs, "", product, origin, destination) or 0.0
    if agreement and destination in members[agreement]:
        preferential = lookup(tariffs, agreement, product, origin, destination)
        if preferential is not None:
            return min(general, preferential)
    return general


def find_rule(rules, agreement, product):
    for key in (product["id"], product.get("family"), "*"):
        for rule in rules:
            if rule["agreement"] == agreement and rule["product"] == key and key:
                return rule
    return None


def carries(lane, product) -> bool:
    if not lane.get("products"):
        return True
    tokens = {t.strip() for t in lane["products"].split(",")}
    return product["id"] in tokens or product.get("family") in tokens


def digits(code):
    return "".join(ch for ch in (code or "") if ch.isdigit())


def reference_optimum(sheets, settings, solver="highs") -> tuple[float, dict[str, float]]:
    """Optimum of the explicit-state model, and its duty and duty at general rates."""
    carbon = float(settings.get("carbon_price", 0) or 0)
    default_penalty = float(settings.get("unmet_penalty", DEFAULT_PENALTY))
    country = {s["id"]: s["country"] for s in sheets["Sites"]}
    products = {p["id"]: p for p in sheets["Products"]}
    tariffs = sheets.get("Tariffs", [])
    members: dict[str, set[str]] = {}
    for row in sheets.get("Agreements", []):
        members.setdefault(row["agreement"], set()).add(row["country"])
    rules = sheets.get("OriginRules", [])
    countries = set(country.values()) | {s.get("origin_country") for s in sheets.get(
        "Supply", []) if s.get("origin_country")}
    states = [(o, "") for o in sorted(countries)] + [
        (o, a) for a in sorted(members) for o in sorted(members[a]) if o in countries]
    prob = pulp.LpProblem("reference", pulp.LpMinimize)
    cost, duty, duty_general = [], [], []
    assert not any(g.get("max_share") is not None for g in sheets.get("Chokepoints", [])), \
        "chokepoint share limits are not part of this reference"
    added: dict[tuple[str, str], list] = {}  # ("plant"|"lane", id) -> [(modules, capacity)]
    modules = {}
    for inv in sheets.get("Investments", []):
        n = modules[inv["id"]] = prob.add_variable(
            f"n_{len(modules)}", lowBound=number(inv, "min_modules"),
            upBound=number(inv, "max_modules", 1.0), cat="Integer")
        cost.append((n, float(inv["annual_cost"])))
        key = ("plant", inv["plant"]) if inv.get("plant") else ("lane", inv["lane"])
        added.setdefault(key, []).append((n, float(inv["capacity"])))
    balance: dict[tuple, dict] = {}
    counter = [0]

    def var(upper=None):
        counter[0] += 1
        return prob.add_variable(f"v{counter[0]}", lowBound=0, upBound=upper)

    def add(node, variable, coefficient):
        terms = balance.setdefault(node, {})
        terms[variable] = terms.get(variable, 0.0) + coefficient

    def charge(variable, product, state, where):
        rate = applied_rate(tariffs, members, product, state, where)
        general = applied_rate(tariffs, members, product, (state[0], ""), where)
        v = number(products[product], "value_per_unit")
        cost.append((variable, rate * v))
        duty.append((variable, rate * v))
        duty_general.append((variable, general * v))

    for s in sheets.get("Supply", []):
        origin = s.get("origin_country") or country[s["site"]]
        originating = str(s.get("originating") or "yes").lower() == "yes"
        allowed = [(origin, "")] + ([(origin, a) for a in sorted(members)
                                     if origin in members[a]] if originating else [])
        cap = s.get("capacity")
        total = var(None if cap is None else float(cap))
        cost.append((total, number(s, "cost_per_unit")))
        parts = {state: var() for state in allowed}
        prob += pulp.LpAffineExpression({total: 1, **{v: -1 for v in parts.values()}}) == 0
        for state, v in parts.items():
            add((s["site"], s["product"], state), v, 1)
    recipes = sheets.get("Recipes", [])
    for k in sheets.get("Plants", []):
        c = country[k["site"]]
        product = products[k["product"]]
        make = var()
        extra = added.get(("plant", k["id"]), [])
        prob += make <= float(k["capacity"]) + pulp.lpSum(c * n for n, c in extra)
        if number(k, "min_output") > 0:
            on = prob.add_variable(f"on_{k['id']}", cat="Binary")
            largest = float(k["capacity"]) + sum(c * n.upBound for n, c in extra)
            prob += make >= number(k, "min_output") * on
            prob += make <= largest * on
        cost.append((make, number(k, "cost_per_unit") + carbon * number(k, "co2_kg_per_unit")
                     / 1000))
        outputs = [((c, ""), None, None)]
        for a in sorted(members):
            if c not in members[a]:
                continue
            rule = find_rule(rules, a, product)
            if rule is None:
                outputs.append(((c, a), "wholly", rule))
            else:
                if rule.get("rvc") is not None:
                    outputs.append(((c, a), "rvc", rule))
                if rule.get("change"):
                    outputs.append(((c, a), "change", rule))
        levels = []
        my_inputs = [r for r in recipes if r["plant"] == k["id"]]
        for state, option, rule in outputs:
            level = var()
            levels.append(level)
            add((k["site"], k["product"], state), level, 1)
            non_originating = {}
            for r in my_inputs:
                uses = {s: var() for s in states}
                prob += pulp.LpAffineExpression(
                    {level: -float(r["qty_per_unit"]), **{v: 1 for v in uses.values()}}) == 0
                for s, v in uses.items():
                    add((k["site"], r["input"], s), v, -1)
                    charge(v, r["input"], s, c)
                    if option is not None and s[1] != state[1]:
                        non_originating[(r["input"], s)] = v
            v_out = number(product, "value_per_unit")
            if option == "wholly":
                for v in non_originating.values():
                    prob += v == 0
            elif option == "rvc":
                prob += pulp.LpAffineExpression(
                    {**{v: number(products[i], "value_per_unit")
                        for (i, _), v in non_originating.items()},
                     level: -(1 - float(rule["rvc"])) * v_out}) <= 0
            elif option == "change":
                n = DIGITS[str(rule["change"]).upper()]
                same = {v: number(products[i], "value_per_unit")
                        for (i, _), v in non_originating.items()
                        if digits(products[i].get("hs_code"))[:n]
                        == digits(product.get("hs_code"))[:n]}
                de_minimis = 0.1 if rule.get("de_minimis") is None else float(rule["de_minimis"])
                prob += pulp.LpAffineExpression({**same, level: -de_minimis * v_out}) <= 0
        prob += pulp.LpAffineExpression({make: 1, **{v: -1 for v in levels}}) == 0
    for lane in sheets.get("Lanes", []):
        load = {}
        for p in products.values():
            if not carries(lane, p):
                continue
            tonnes = number(p, "tonnes_per_unit", 1.0)
            for s in states:
                ship = var()
                add((lane["origin"], p["id"], s), ship, -1)
                add((lane["destination"], p["id"], s), ship, 1)
                cost.append((ship, tonnes * number(lane, "cost_per_tonne")
                             + carbon * tonnes * number(lane, "co2_kg_per_tonne") / 1000))
                load[ship] = tonnes
        if lane.get("capacity_tonnes") is not None and load:
            prob += pulp.LpAffineExpression(load) <= float(lane["capacity_tonnes"]) + pulp.lpSum(
                c * n for n, c in added.get(("lane", lane["id"]), []))
    for d in sheets["Demand"]:
        unmet = var(float(d["quantity"]))
        penalty = d.get("penalty_per_unit")
        cost.append((unmet, default_penalty if penalty is None else float(penalty)))
        delivered = {s: var() for s in states}
        prob += pulp.LpAffineExpression({unmet: 1, **{v: 1 for v in delivered.values()}}) \
            == float(d["quantity"])
        for s, v in delivered.items():
            add((d["site"], d["product"], s), v, -1)
            charge(v, d["product"], s, country[d["site"]])
    for terms in balance.values():
        prob += pulp.LpAffineExpression(terms) == 0
    objective: dict = {}
    for v, c in cost:
        objective[v] = objective.get(v, 0.0) + c
    prob.setObjective(pulp.LpAffineExpression(objective))
    backend = pulp.HiGHS(msg=False, gapRel=0.0) if solver == "highs" else \
        pulp.PULP_CBC_CMD(msg=False, gapRel=0.0)
    prob.solve(backend)
    assert pulp.LpStatus[prob.status] == "Optimal", pulp.LpStatus[prob.status]

    def total(terms):
        return sum((v.value() or 0.0) * c for v, c in terms)
    return float(pulp.value(prob.objective) or 0.0), {
        "duty": total(duty), "duty_general": total(duty_general),
        "modules": {name: n.value() for name, n in modules.items()}}
