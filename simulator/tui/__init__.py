"""The interactive terminal app (Textual): pick a customer, hold the call, learn from the review."""

from simulator.tui.app import SalesCallApp

__all__ = ["SalesCallApp"]
