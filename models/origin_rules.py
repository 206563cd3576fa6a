"""Rules of origin (schema 2): which rule of an agreement applies to a product.

An ``OriginRules`` row names a product id, a family or ``*``; for one
product the row naming its id beats the row naming its family, which beats
``*``. A rule offers an RVC option (build-down: non-originating input value
≤ (1 − rvc) × the product's value) and/or a tariff-shift option (CC, CTH,
CTSH: non-originating inputs sharing the product's first 2, 4 or 6 HS
digits may be at most ``de_minimis`` of its value). Where an agreement has
no rule for a product, the product originates only when made exclusively
from originating materials (RCEP Art. 3.2(b)).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from twinparks.models import schema
from twinparks.models.typed import TypedNetwork


@dataclass(frozen=True)
class Rule:
    """The options of one rule; ``rvc``/``change`` None where the option is not given."""

    row: int
    rvc: float | None
    change: str | None
    de_minimis: float

    @property
    def digits(self) -> int:
        """HS digits the tariff-shift option compares (0 without one)."""
        return schema.CHANGES.get(self.change or "", 0)


def rule_table(net: TypedNetwork) -> dict[tuple[str, str], Rule]:
    """Every rule by (agreement, product-or-family-or-*) as written."""
    table = net["OriginRules"]
    rules = {}
    for row, agreement, product, rvc, change, de_minimis in table[
            ["row", "agreement", "product", "rvc", "change", "de_minimis"]].itertuples(
                index=False):
        rules[(agreement, product)] = Rule(
            row=row, rvc=None if math.isnan(rvc) else float(rvc), change=change or None,
            de_minimis=float(de_minimis))
    return rules


def rule_for(rules: dict[tuple[str, str], Rule], agreement: str, product: str,
             family: str) -> Rule | None:
    """The rule of ``agreement`` for a product: its id, then its family, then ``*``."""
    for key in (product, family, schema.WILDCARD):
        if key and (agreement, key) in rules:
            return rules[(agreement, key)]
    return None


def hs_digits(code: str) -> str:
    """The digits of an HS code (dots dropped)."""
    return "".join(ch for ch in code if ch.isdigit())


def shares_heading(input_code: str, output_code: str, digits: int) -> bool:
    """Whether an input fails the tariff shift: same first ``digits`` HS digits as the output."""
    return hs_digits(input_code)[:digits] == hs_digits(output_code)[:digits]
