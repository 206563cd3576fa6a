"""Which solver runs: the one named, else the faster one for the LP's size.

A solver named on the command line (``--solver``), in the app's
preferences, or in the workbook's Settings (``solver``) is used exactly as
named. When none is named, an LP of at least ``CLP_FROM_COLUMNS`` columns
goes to CLP's dual simplex through CBC and everything else (smaller LPs,
every MILP) to HiGHS: on our networks HiGHS's dual simplex is several times
faster than CLP up to a few hundred thousand columns, and CLP's dual
simplex is the faster exact route at a million (``benchmarks/README.md``,
``solver_routes.py``). Both end on a basis, so the optimum and its shadow
prices are exact either way. Without a CBC binary the choice is HiGHS.
"""

from __future__ import annotations

from twinparks.models import schema
from twinparks.models.lp import LinearProgram
from twinparks.models.network import Network, is_blank, parse_setting
from twinparks.models.solver_cbc import cbc_available, solve_cbc
from twinparks.models.solvers import is_mip, solve_highs

DEFAULT_SOLVER = "highs"
SOLVERS = {"highs": solve_highs, "cbc": solve_cbc}  # the back ends, by Settings name
# At and above this many LP columns an unnamed LP goes to CLP (measured: benchmarks/README.md)
CLP_FROM_COLUMNS = 500_000


def named_solver(network: Network) -> str | None:
    """The solver the workbook's Settings name (a valid value; the last such row wins)."""
    table = network.table("Settings")
    if "key" not in table or "value" not in table:
        return None
    spec, named = schema.settings()["solver"], None
    for key, value in zip(table["key"], table["value"], strict=True):
        if key is None or str(key).strip().lower() != "solver" or is_blank(value):
            continue
        parsed = parse_setting(spec, value)
        if parsed is not None and str(parsed).lower() in SOLVERS:
            named = str(parsed).lower()
    return named


def by_size(lp: LinearProgram) -> str:
    """The solver for an LP nobody named one for (see the module docstring)."""
    if lp.num_cols >= CLP_FROM_COLUMNS and not is_mip(lp) and cbc_available():
        return "cbc"
    return DEFAULT_SOLVER


def choose_solver(asked: str | None, network: Network, lp: LinearProgram) -> str:
    """``asked`` (the command line's or the app's), else the workbook's, else :func:`by_size`."""
    if asked:
        return asked.lower()
    return named_solver(network) or by_size(lp)
