"""Check a row's unit against the unit its metric declares (round 26's new user: a story
declaring ``homes_destroyed`` counted in homes had its row of 312 homes in ``people``).

A metric's declared unit is what its rows count: a row of it in another unit contradicts
it, except ``other`` (a figure of no listed metric keeps its own unit) and a metric counted
in ``money``, whose rows give a currency code (RUB, USD). Validate warns of such a row, and
fails on none: a metric's unit may be a finer noun of its rows' ("soldiers" of people, which
``makiivka metric set mobilized --unit soldiers`` writes for a story whose rows count people),
which no rule tells from a contradiction ("homes" of people). Only a descriptor's own
``metrics`` list declares units.
"""

from __future__ import annotations

import numpy as np

from makiivka.story.problems import Problem
from makiivka.story.schema import MONEY, Package, story_metrics
from makiivka.story.table import Table

#: The metric whose rows keep their own unit.
OTHER = "other"


def check_units(claims: Table, package: Package) -> list[Problem]:
    """Return a problem (a warning) for each row whose unit is not its metric's declared one."""
    frame = claims.frame
    declared_list = isinstance(package.descriptor.get("metrics"), list)
    if frame.empty or "unit" not in frame or "metric" not in frame or not declared_list:
        return []
    declared = {m.id: m.unit for m in story_metrics(package) if m.id != OTHER}
    wanted = frame["metric"].map(declared).fillna("")
    units = frame["unit"]
    money = (wanted == MONEY) & units.str.fullmatch(r"[A-Z]{3}")
    wrong = (wanted != "") & (units != wanted) & ~money
    problems = []
    for row in np.flatnonzero(wrong.to_numpy()):
        metric, unit = frame.at[row, "metric"], wanted.iat[row]
        expected = f"{unit}, the unit metric {metric} declares"
        if unit == MONEY:
            expected = f"a currency code (RUB, USD, …): metric {metric} counts money"
        problems.append(claims.problem(row, "unit", expected))
    return problems
