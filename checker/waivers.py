"""Waivers: items that are not applicable to an issuer (or to all), each justified and approved.

A department without legislative power is not asked about rules.legislation; a waiver says
so with a justification, an approver and an expiry date. Waived items are shown as 不适用 in
every output (never hidden) and leave numerator and denominator; expired waivers are ignored
with a warning.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .checklist import load_yaml, schema_errors
from .errors import ChecklistError
from .rules import yaml_line


@dataclass(frozen=True)
class Waiver:
    item: str
    issuer: str | None
    justification: str
    approver: str
    expires: dt.date
    where: str  # file:line

    def describe(self) -> str:
        return f"豁免：{self.justification}（批准：{self.approver}，有效期至 {self.expires.isoformat()}）"


@dataclass(frozen=True)
class WaiverSet:
    waivers: tuple[Waiver, ...]
    path: str

    def applicable(
        self, is_this_issuer: Callable[[str], bool], known_items: set[str], today: dt.date | None = None
    ) -> tuple[dict[str, Waiver], list[str]]:
        """Waivers in force for the issuer ``is_this_issuer`` recognises, and warnings."""
        today = today or dt.date.today()
        active: dict[str, Waiver] = {}
        warnings: list[str] = []
        for w in self.waivers:
            if w.item not in known_items:
                warnings.append(f"{w.where}: waiver for unknown item {w.item!r}; ignored")
                continue
            if w.issuer is not None and not is_this_issuer(w.issuer):
                continue
            if w.expires < today:
                warnings.append(f"{w.where}: waiver for {w.item} expired on {w.expires.isoformat()}; ignored")
                continue
            active.setdefault(w.item, w)
        return active, warnings


def load_waivers(path: str | Path) -> WaiverSet:
    """Read and validate a waivers YAML file (errors name file, line and field)."""
    p = Path(path)
    data, lines = load_yaml(p)
    name = str(p)
    if not isinstance(data, dict) or data.get("kind") != "waivers":
        raise ChecklistError(f"{name}:1: kind: a waivers file starts with 'kind: waivers'")
    errs = schema_errors(data, lines, "waivers", name)
    if errs:
        raise ChecklistError(errs[0])
    out = []
    for i, w in enumerate(data["waivers"]):
        where = f"{name}:{yaml_line(lines, ('waivers', i))}"
        try:
            raw = w["expires"]
            expires = raw if isinstance(raw, dt.date) else dt.date.fromisoformat(str(raw))
        except ValueError:
            raise ChecklistError(
                f"{where}: waivers[{i}].expires: {w['expires']!r} is not a date (YYYY-MM-DD)"
            ) from None
        out.append(Waiver(w["item"], w.get("issuer"), w["justification"], w["approver"], expires, where))
    return WaiverSet(tuple(out), name)


__all__ = ["Waiver", "WaiverSet", "load_waivers"]
