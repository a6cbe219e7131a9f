"""roydad: political-violence event extraction from news, with evidence for every value."""

__version__ = "0.1.0"
