"""The LP with readable names, written as an .lp or .mps file for a planner to read.

Columns are named after what they are — ``buy(site,product,row7)``,
``make(KT_TYRE)``, ``ship(KTN_QZ_DIRECT,pcr_tyre,MY,RCEP)`` — and rows
after the constraint — ``balance(QZ_PORT,pcr_tyre,MY,RCEP)``,
``cap(KT_TYRE)``, ``rvc(KT_TYRE,RCEP)``. Goods of a class whose origin does
not matter show their possible origins joined by ``.`` (``AU.BR``); goods
that claim no agreement have no agreement part. Characters the LP format
does not allow in names (``-``, spaces …) become ``_``. HiGHS writes the
file (format by suffix).
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import numpy as np

from twinparks.models.lp import LinearProgram
from twinparks.models.typed import TypedNetwork

SUFFIXES = (".lp", ".mps")
UNSAFE = re.compile(r"[^A-Za-z0-9_.]")  # HiGHS renames every column if one name is not LP-safe


def safe(text: object) -> str:
    """An identifier usable in an LP-format name (``-`` → ``_``, ``|`` → ``.``)."""
    return UNSAFE.sub("_", str(text).replace("|", "."))


def _name(kind: str, *parts: object) -> str:
    return f"{kind}({','.join(safe(p) for p in parts if p != '')})"


def _state(lp: LinearProgram, cls: int) -> tuple[str, str]:
    row = lp.space.classes.iloc[int(cls)]
    return row["origin"], row["agreement"]


def column_names(net: TypedNetwork, lp: LinearProgram) -> list[str]:
    """One readable, unique name per column, in column order."""
    supply, plants, lanes, demand = net["Supply"], net["Plants"], net["Lanes"], net["Demand"]
    products = net["Products"]["id"].to_numpy()
    lay, recipes = lp.layout, lp.recipes
    names = [_name("buy", s, p, f"row{r}") for s, p, r in
             zip(supply["site"], supply["product"], supply["row"], strict=True)]
    names += [_name("make", k) for k in plants["id"]]
    names += [_name("ship", lanes["id"].iat[lane], products[p], *_state(lp, c))
              for lane, p, c in zip(lp.ship["lane"], lp.ship["product"], lp.ship["cls"],
                                    strict=True)]
    names += [_name("unmet", s, p, f"row{r}") for s, p, r in
              zip(demand["site"], demand["product"], demand["row"], strict=True)]
    names += [_name("buy", f"row{supply['row'].iat[r]}", *_state(lp, c))
              for r, c in zip(lay.buy_split["row"], lay.buy_split["cls"], strict=True)]
    names += [_name("part", plants["id"].iat[k], a or "none", o)
              for k, a, o in zip(lay.part["plant"], lay.part["agreement"], lay.part["option"],
                                 strict=True)]
    names += [_name("consume", recipes["plant"].iat[j], recipes["input"].iat[j], *_state(lp, c))
              for j, c in zip(lay.consume["recipe"], lay.consume["cls"], strict=True)]
    names += [_name("deliver", f"row{demand['row'].iat[d]}", *_state(lp, c))
              for d, c in zip(lay.deliver["demand"], lay.deliver["cls"], strict=True)]
    names += [_name("orig", plants["id"].iat[lay.part["plant"].iat[q]],
                    lay.part["agreement"].iat[q], lay.part["option"].iat[q],
                    recipes["input"].iat[j])
              for q, j in zip(lay.orig["part"], lay.orig["recipe"], strict=True)]
    if "modules" in lp.blocks:  # a MILP (models/milp.py): investments and on/off switches
        names += [_name("modules", i) for i in net["Investments"]["id"]]
        on = np.flatnonzero(plants["min_output"].to_numpy(float) > 0)
        names += [_name("on", plants["id"].iat[k]) for k in on]
    return unique(names)


def row_names(net: TypedNetwork, lp: LinearProgram) -> list[str]:
    """One readable, unique name per row, in row order."""
    sites, products = net["Sites"]["id"].to_numpy(), net["Products"]["id"].to_numpy()
    plants, lanes = net["Plants"]["id"].to_numpy(), net["Lanes"]["id"].to_numpy()
    demand_rows, supply_rows = net["Demand"]["row"].to_numpy(), net["Supply"]["row"].to_numpy()
    recipes, info = lp.recipes, lp.row_info
    names = [_name("balance", sites[s], products[p], *_state(lp, c))
             for s, p, c in zip(info["balance"]["site"], info["balance"]["product"],
                                info["balance"]["cls"], strict=True)]
    names += [_name("cap", k) for k in plants]
    names += [_name("lane_cap", lanes[i]) for i in info["lane_capacity"]]
    names += [_name("supply_split", f"row{supply_rows[r]}") for r in info["supply_split"]["row"]]
    names += [_name("output_split", plants[k]) for k in info["output_split"]["plant"]]
    names += [_name("input_split", recipes["plant"].iat[j], recipes["input"].iat[j])
              for j in info["input_split"]["recipe"]]
    names += [_name("serve", f"row{demand_rows[d]}") for d in info["serve"]["demand"]]
    part = lp.layout.part
    names += [_name("orig_cap", plants[part["plant"].iat[q]], part["agreement"].iat[q],
                    part["option"].iat[q], recipes["input"].iat[j])
              for q, j in zip(info["orig_cap"]["part"], info["orig_cap"]["recipe"], strict=True)]
    names += [_name("originating", plants[k], a, recipes["input"].iat[j])
              for k, a, j in zip(info["originating"]["plant"], info["originating"]["agreement"],
                                 info["originating"]["recipe"], strict=True)]
    for family in ("rvc", "shift"):
        names += [_name(family, plants[k], a) for k, a in
                  zip(info[family]["plant"], info[family]["agreement"], strict=True)]
    if "min_output" in lp.row_blocks:  # a MILP (models/milp.py)
        on = np.flatnonzero(net["Plants"]["min_output"].to_numpy(float) > 0)
        names += [_name(family, plants[k]) for family in ("min_output", "switch") for k in on]
        groups = net["Chokepoints"]
        limited = np.flatnonzero(groups["max_share"].notna().to_numpy())
        names += [_name("chokepoint", groups["id"].iat[g]) for g in limited]
    return unique(names)


def unique(names: list[str]) -> list[str]:
    """Names made unique by a ``#n`` suffix on repeats (solvers need unique names)."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        count = seen.get(name, 0)
        seen[name] = count + 1
        out.append(name if count == 0 else f"{name}#{count + 1}")
    return out


def write_lp_file(net: TypedNetwork, lp: LinearProgram, path: str | os.PathLike) -> None:
    """Write the named LP to ``path`` (.lp or .mps), atomically."""
    import highspy

    from twinparks.models.solvers import new_highs, pass_to_highs

    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise ValueError(f"cannot write the LP as '{path.suffix or path.name}': use .lp or .mps")
    highs = new_highs()
    pass_to_highs(highs, lp)
    model = highs.getLp()
    model.col_names_, model.row_names_ = column_names(net, lp), row_names(net, lp)
    highs.passModel(model)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.stem}.", suffix=path.suffix.lower(),
                                         dir=path.resolve().parent)
    os.close(handle)
    try:
        if highs.writeModel(temporary) == highspy.HighsStatus.kError:
            raise OSError(f"HiGHS could not write {path}")
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


__all__ = ["column_names", "row_names", "write_lp_file"]
