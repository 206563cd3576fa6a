"""Saving an older workbook as the current schema version.

A workbook without ``schema_version``, or with 1, is read and solved under
schema 2 (every schema-1 sheet and column keeps its meaning) and saved as
version 2: only the Settings value changes (a ``schema_version`` row is
added when missing). A workbook without a Settings sheet is saved without
one: adding a sheet the planner never made would change their file more
than the version needs (it reads under schema 2 all the same).
"""

from __future__ import annotations

import pandas as pd

from twinparks.models import schema
from twinparks.models.network import Network, as_key, is_blank


def as_current_version(network: Network) -> Network:
    """The network as it is saved: ``schema_version`` set to the current version."""
    table = network.table("Settings")
    if network.has_sheet("Settings") and {"key", "value"} <= set(table.columns):
        keys = [not is_blank(k) and as_key(k).lower() == "schema_version" for k in table["key"]]
        if any(keys) and all(as_key(v) == str(schema.SCHEMA_VERSION)
                             for v, hit in zip(table["value"], keys, strict=True) if hit):
            return network
        upgraded = network.copy()
        settings = upgraded.tables["Settings"]
        if any(keys):
            settings.loc[[label for label, hit in zip(settings.index, keys, strict=True) if hit],
                         "value"] = schema.SCHEMA_VERSION
        else:
            row = pd.DataFrame([{c: None for c in settings.columns}], dtype=object,
                               index=[max(settings.index, default=1) + 1])
            row.loc[:, "key"], row.loc[:, "value"] = "schema_version", schema.SCHEMA_VERSION
            upgraded.tables["Settings"] = pd.concat([settings, row])
        return upgraded
    return network
