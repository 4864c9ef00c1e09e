"""salescall: a sales-call roleplay simulator. The engine is pure; shells live in `simulator.cli`."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("salescall")
except PackageNotFoundError:
    __version__ = "0.0.0+source"
