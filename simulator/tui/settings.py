"""What the app remembers between runs (the trainee's name) and how it behaves (typing pause)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

MODES = ("coach", "exam", "guided")


def default_config_dir() -> Path:
    return Path(user_config_dir("salescall"))


@dataclass
class Settings:
    """App-wide options; tests turn the typing pause off and point the folders at tmp paths."""

    ui_lang: str | None = None
    mode: str = "coach"
    seed: int = 0
    # Seconds per customer reply before it appears; 0 shows replies at once.
    typing_pause: float = 0.6
    # Off in snapshot tests, so a screenshot never catches the cursor mid-blink.
    cursor_blink: bool = True
    config_dir: Path = field(default_factory=default_config_dir)
    # Where transcripts are saved; None: the current folder, or the user data folder if read-only.
    save_dir: Path | None = None
    # `play --watch`: the scenario file to reload on save; also allows the inspector in exam mode.
    watch: Path | None = None

    def inspector_allowed(self, mode: str) -> bool:
        """The inspector is for trainers: never in an exam, unless a trainer is live-editing."""
        return mode != "exam" or self.watch is not None

    @property
    def config_file(self) -> Path:
        return self.config_dir / "tui.json"

    def load_trainee(self) -> str:
        try:
            data = json.loads(self.config_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return ""
        name = data.get("trainee", "") if isinstance(data, dict) else ""
        return name if isinstance(name, str) else ""

    def save_trainee(self, name: str) -> None:
        """Best effort: an unwritable config folder must not stop a call."""
        try:
            self.config_dir.mkdir(parents=True, exist_ok=True)
            self.config_file.write_text(json.dumps({"trainee": name}, ensure_ascii=False), encoding="utf-8")
        except OSError:
            pass

    def save_dirs(self) -> list[Path]:
        if self.save_dir is not None:
            return [self.save_dir]
        return [Path.cwd(), Path(user_data_dir("salescall"))]
