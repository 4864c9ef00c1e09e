"""Understanding the trainee: sentence splitting, move classification and topic matching (de, en)."""

from simulator.understanding.classifier import classify, is_goodbye
from simulator.understanding.text import mentions, stems, tokens

__all__ = ["classify", "is_goodbye", "mentions", "stems", "tokens"]
