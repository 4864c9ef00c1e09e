"""Check customer lines as Jinja2 templates at load time, so a typo never surfaces mid-call."""

from __future__ import annotations

from jinja2 import TemplateSyntaxError, meta, nodes
from yaml.nodes import ScalarNode

from simulator.loader.checker import Checker
from simulator.loader.diagnostics import did_you_mean, one_of
from simulator.loader.yaml_nodes import position
from simulator.templates import ENVIRONMENT, TEMPLATE_VARIABLES

# What `customer.…` offers in a line (see TEMPLATE_VARIABLES["customer"]).
CUSTOMER_FIELDS = ("name", "role", "company")


def check_line(c: Checker, node: ScalarNode, where: str) -> bool:
    """True if the line parses and uses only known variables; problems are reported at their line."""
    source = node.value
    if "{" not in source:
        return True
    try:
        tree = ENVIRONMENT.parse(source)
        ENVIRONMENT.compile(tree)
    except TemplateSyntaxError as error:
        c.at(*_line_in(c, node, error.lineno or 1), f"{where}: the line cannot be read: {error.message}",
             hint="placeholders are written {{ name }}; a literal '{{' must be written {{ '{{' }}", code="SC206")
        return False
    except RecursionError:
        c.error(node, f"{where}: the line is nested too deeply to read", code="SC206")
        return False
    ok = True
    allowed = list(TEMPLATE_VARIABLES)
    for name in sorted(meta.find_undeclared_variables(tree) - set(allowed)):
        first = next(n for n in tree.find_all(nodes.Name) if n.name == name)
        c.at(*_line_in(c, node, first.lineno), f"{where}: unknown placeholder '{{{{ {name} }}}}'",
             expected=one_of(allowed), hint=did_you_mean(name, allowed), code="SC207")
        ok = False
    for attr in tree.find_all(nodes.Getattr):
        if isinstance(attr.node, nodes.Name) and attr.node.name == "customer" and attr.attr not in CUSTOMER_FIELDS:
            c.at(*_line_in(c, node, attr.lineno), f"{where}: unknown placeholder '{{{{ customer.{attr.attr} }}}}'",
                 expected=one_of([f"customer.{f}" for f in CUSTOMER_FIELDS]),
                 hint=did_you_mean(attr.attr, CUSTOMER_FIELDS), code="SC207")
            ok = False
    return ok


def _line_in(c: Checker, node: ScalarNode, lineno: int) -> tuple[int, int]:
    """File position of line `lineno` of a string; exact inside a '|' block, else the string's start."""
    if node.style != "|" or lineno < 1:
        return position(node.start_mark)
    line = node.start_mark.line + 1 + lineno  # the '|' sits on the line before the text
    lines = c.source_text.splitlines()
    if line > len(lines):
        return position(node.start_mark)
    text = lines[line - 1]
    return line, len(text) - len(text.lstrip(" ")) + 1
