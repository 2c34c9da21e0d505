"""storyline: turn a pile of news articles into reconciled, source-attributed stories."""

__version__ = "0.1.0"
