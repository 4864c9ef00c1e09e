"""salescall: a sales-call roleplay simulator. The engine is pure; shells live in `simulator.cli`."""

__version__ = "0.1.0"
