"""Customer lines are Jinja2 templates rendered in the sandbox with strict undefined names."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from jinja2 import StrictUndefined, Template
from jinja2.sandbox import SandboxedEnvironment

# The names a customer line may use; the engine provides exactly these.
TEMPLATE_VARIABLES: dict[str, str] = {
    "customer": "the customer: customer.name, customer.role, customer.company",
    "product": "the product's name",
    "price": "the current price with currency and unit, e.g. '189 EUR pro Monat'",
    "terms": "the offer's terms",
    "seller": "the trainee's name",
    "needs": "labels of the needs uncovered so far (a list)",
    "need": "the label of the need this line is about (reveal, hint and benefit lines)",
    "objection": "the id of the objection this line is about",
}

ENVIRONMENT = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)


@lru_cache(maxsize=4096)
def compile_template(source: str) -> Template:
    """Parse once; raises `jinja2.TemplateSyntaxError` with a line number inside `source`."""
    return ENVIRONMENT.from_string(source)


def render(source: str, context: Mapping[str, object]) -> str:
    if "{" not in source:
        return source
    return compile_template(source).render(context).strip()
