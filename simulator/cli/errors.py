"""Errors the command line reports as bad input (exit status 2)."""


class UsageError(Exception):
    """Bad input that is not a scenario problem, e.g. a missing script file."""
