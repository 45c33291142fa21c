"""What a user declares about a document (its published date, region, publisher): checked, merged, fingerprinted.

Declared metadata comes from the command line (`--published`, `--region`, `--publisher`), a manifest beside the
reports (store/manifest.py), an upload's fields, and analysts' document corrections; later sources win field by
field (manifest < command line < correction). It is an input of extraction like the file's bytes: a document is
re-extracted when what is declared about it differs from what it was extracted with (`fingerprint`).
"""

from __future__ import annotations

import json
import re
from datetime import date

FIELDS = ("published", "region", "publisher")


class DeclaredError(ValueError):
    """Declared metadata that cannot be used; `str()` names the value and the problem in one line."""


def check_published(value) -> str | None:
    """`YYYY-MM-DD` (a `date` too) as ISO text; empty is None; anything else is a DeclaredError."""
    if value is None or isinstance(value, date):
        return value.isoformat() if value else None
    text = str(value).strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise DeclaredError(f"published must be a date like 2021-07-04, not {text!r}")


def check_region(value) -> str | None:
    """The canonical name of a known place (`辽源` → `辽源市`, `我国` → `全国`); empty is None; a name the gazetteer
    does not know is a DeclaredError (a typo would put every fact of the document in a region of its own)."""
    text = "" if value is None else str(value).strip()
    if not text:
        return None
    from extractors.gazetteer import gazetteer  # loaded only when a region is declared

    g = gazetteer()
    kind, place, _ = g.words.get(text, ("none", None, ""))
    if kind in ("place", "national") and place is not None and g.named(place.name) is not None:
        return place.name
    raise DeclaredError(f"region {text!r} is not a place the gazetteer knows (give a division's name such as "
                        "辽源市 or 东丰县, a country, or 全国)")


def check_publisher(value) -> str | None:
    text = "" if value is None else " ".join(str(value).split())
    return text or None


def checked(published=None, region=None, publisher=None) -> dict[str, str]:
    """The declared fields that are set, checked and in canonical form."""
    values = {"published": check_published(published), "region": check_region(region),
              "publisher": check_publisher(publisher)}
    return {k: v for k, v in values.items() if v is not None}


def merged(*layers: dict | None) -> dict[str, str]:
    """Later layers win field by field; a field a layer sets to None is cleared (a correction to nothing)."""
    out: dict[str, str] = {}
    for layer in layers:
        for k, v in (layer or {}).items():
            if v is None:
                out.pop(k, None)
            else:
                out[k] = v
    return out


def fingerprint(declared: dict | None) -> str | None:
    """What is stored beside a document: canonical JSON of the declared fields, None when nothing is declared."""
    values = {k: declared[k] for k in FIELDS if declared and declared.get(k) is not None}
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else None


def from_fingerprint(text: str | None) -> dict[str, str]:
    return json.loads(text) if text else {}
