"""Synthetic schema-2 networks: the synthetic network with agreements, rules and HS codes.

:func:`synthetic_origin_network` takes :func:`models.synthetic.synthetic_network`
and adds what makes duty depend on origin: RCEP (CN, MY, TH) and ACFTA
(CN, MY) with preferential rows below the general ones, HS codes by family
(steel 72, tyres 40, glass 70, aluminium 76; raws and semis in chapters
that may or may not share the finals' headings), one rule per family and
agreement (RVC 40 %, CTH, or both), and Supply rows whose origin country is
not the supplier's (a trader's port is not the mine), some not originating.
"""

from __future__ import annotations

import numpy as np

from twinparks.models.network import Network, make_table
from twinparks.models.synthetic import synthetic_network

MEMBERS = {"RCEP": ("CN", "MY", "TH"), "ACFTA": ("CN", "MY")}
CHAPTERS = {"steel": "72", "tyres": "40", "glass": "70", "aluminium": "76", "raw": "26",
            "semi": "72"}
RULES = {"steel": (0.4, "CTH"), "tyres": (0.4, None), "glass": (None, "CTH"),
         "aluminium": (0.4, "CTH"), "semi": (0.4, None)}


def synthetic_origin_network(target_vars: int, seed: int = 0) -> Network:
    """A valid schema-2 network built on the synthetic network of about ``target_vars``."""
    network = synthetic_network(target_vars, seed)
    rng = np.random.default_rng(seed + 7919)
    products = network.tables["Products"]
    products["hs_code"] = [f"{CHAPTERS[f]}{rng.integers(1, 30):02d}.{rng.integers(10, 99)}"
                           for f in products["family"]]
    supply = network.tables["Supply"]
    origins = rng.choice(["", "", "AU", "TH", "MY"], size=len(supply))
    supply["origin_country"] = [o or None for o in origins]
    supply["originating"] = ["no" if rng.random() < 0.1 else None for _ in range(len(supply))]
    network.tables["Agreements"] = make_table("Agreements", [
        {"agreement": a, "country": c} for a, countries in MEMBERS.items() for c in countries])
    tariffs = network.tables["Tariffs"]
    extra = [{"agreement": "RCEP", "product": "*", "origin_country": "*",
              "destination_country": "*", "rate": 0.01},
             {"agreement": "ACFTA", "product": "*", "origin_country": "*",
              "destination_country": "*", "rate": 0.0}]
    network.tables["Tariffs"] = make_table(
        "Tariffs", [dict(zip(tariffs.columns, row, strict=True))
                    for row in tariffs.itertuples(index=False)] + extra)
    network.tables["OriginRules"] = make_table("OriginRules", [
        {"agreement": a, "product": family, "rvc": rvc, "change": change}
        for a in MEMBERS for family, (rvc, change) in RULES.items()])
    network.sheet_order = [s for s in network.sheet_order if s != "Settings"] + \
        ["Agreements", "OriginRules", "Settings"]
    return network
