"""`salescall new`: a commented, valid, winnable starter scenario and its golden tests.

The starters are templates in `simulator/authoring/starters/`; only a few names are filled in, so a
new trainer starts from something that already passes `check`, `test` and `explore`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from string import Template

from simulator.authoring.check import sidecar_of
from simulator.authoring.schema import SCHEMA_URL


@dataclass(frozen=True)
class Answers:
    language: str
    product: str
    customer: str
    company: str
    price: float
    currency: str

    @property
    def id(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", f"{self.product}-{self.company}".lower()).strip("-") or "my-scenario"


def render(answers: Answers, file: Path) -> tuple[str, str]:
    """The scenario text and its tests text for `file`."""
    values = {
        "id": answers.id, "product": _plain(answers.product), "customer": _plain(answers.customer),
        "company": _plain(answers.company), "price": f"{answers.price:g}", "currency": _plain(answers.currency),
        "file": file.name, "schema_url": SCHEMA_URL,
    }
    folder = files("simulator.authoring") / "starters"
    scenario = Template((folder / f"{answers.language}.yaml").read_text(encoding="utf-8")).substitute(values)
    tests = Template((folder / f"{answers.language}.tests.yaml").read_text(encoding="utf-8")).substitute(values)
    return scenario, tests


def _plain(text: str) -> str:
    """Names go into YAML unquoted: keep them to characters that cannot change the YAML's meaning."""
    return re.sub(r"[^\w .&'-]", "", text, flags=re.UNICODE).strip() or "Example"


def write(answers: Answers, file: Path, overwrite: bool = False) -> tuple[Path, Path]:
    scenario, tests = render(answers, file)
    sidecar = sidecar_of(file)
    for path in (file, sidecar):
        if path.exists() and not overwrite:
            raise FileExistsError(path)
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(scenario, encoding="utf-8")
    sidecar.write_text(tests, encoding="utf-8")
    return file, sidecar
