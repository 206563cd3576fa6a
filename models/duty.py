"""Duty rates by origin and agreement (schema 2).

Duty is charged once, where goods are used, at the general (MFN) rate of
the Tariffs rows with a blank ``agreement``, or — for goods originating
under an agreement whose members include the importing country — at the
lower of that and the agreement's preferential rate. Within one agreement
(and among the blank rows) the matching row with the fewest ``*`` wins, as
in schema 1; goods used in their origin country pay nothing.
"""

from __future__ import annotations

import pandas as pd

from twinparks.models.typed import TypedNetwork

GENERAL = ""  # the agreement key of the general (MFN) rows


class DutyTable:
    """Rate lookups for one network, cached per (product, origin, agreement, destination)."""

    def __init__(self, net: TypedNetwork):
        tariffs = net["Tariffs"]
        agreement = tariffs["agreement"] if "agreement" in tariffs else pd.Series(
            [GENERAL] * len(tariffs), dtype=object)
        self._rows: dict[str, dict[tuple[str, str, str], float]] = {}
        for key, p, o, d, rate in zip(agreement, tariffs["product"], tariffs["origin_country"],
                                      tariffs["destination_country"], tariffs["rate"],
                                      strict=True):
            self._rows.setdefault(key or GENERAL, {})[(p, o, d)] = float(rate)
        self.members = members(net)
        self._cache: dict[tuple[str, str, str, str], float] = {}  # plain data: picklable

    def general(self, product: str, origin: str, destination: str) -> float:
        """The general rate of ``product`` from ``origin`` used in ``destination``."""
        return self.applied(product, origin, GENERAL, destination)

    def applied(self, product: str, origin: str, agreement: str, destination: str) -> float:
        """The rate a unit in state (origin, agreement) pays when used in ``destination``."""
        key = (product, origin, agreement, destination)
        if key not in self._cache:
            self._cache[key] = self._lookup(*key)
        return self._cache[key]

    def _lookup(self, product: str, origin: str, agreement: str, destination: str) -> float:
        if origin == destination:
            return 0.0
        general = match(self._rows.get(GENERAL, {}), product, origin, destination) or 0.0
        if not agreement or destination not in self.members.get(agreement, ()):
            return general
        preferential = match(self._rows.get(agreement, {}), product, origin, destination)
        return general if preferential is None else min(general, preferential)


def members(net: TypedNetwork) -> dict[str, frozenset[str]]:
    """Member countries of every agreement on the Agreements sheet."""
    table = net["Agreements"]
    groups: dict[str, set[str]] = {}
    for agreement, country in zip(table["agreement"], table["country"], strict=True):
        groups.setdefault(agreement, set()).add(country)
    return {agreement: frozenset(countries) for agreement, countries in groups.items()}


def match(rows: dict[tuple[str, str, str], float], product: str, origin: str,
          destination: str) -> float | None:
    """The rate of the matching row with the fewest ``*``, or None when no row matches."""
    for key in ((product, origin, destination), ("*", origin, destination),
                (product, "*", destination), (product, origin, "*"), ("*", "*", destination),
                ("*", origin, "*"), (product, "*", "*"), ("*", "*", "*")):
        if key in rows:
            return rows[key]
    return None
