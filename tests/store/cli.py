"""Run the `salescall` command in-process (the CLI starts slowly; these tests run it often)."""

from __future__ import annotations

import io
import os
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

from simulator.cli.main import main


@dataclass(frozen=True)
class Result:
    returncode: int
    raw: bytes
    stderr: str

    @property
    def stdout(self) -> str:
        return self.raw.decode("utf-8")


def salescall(*args: str, db: Path | None = None) -> Result:
    """Standard input is empty and not a terminal, as in a script."""
    raw, err = io.BytesIO(), io.StringIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
    env = {"SALESCALL_DB": str(db)} if db is not None else {}
    with mock.patch.dict(os.environ, env), mock.patch.object(sys, "stdin", io.StringIO("")), redirect_stdout(out), redirect_stderr(err):
        code = main(list(args))
    out.flush()
    return Result(code, raw.getvalue(), err.getvalue())
