"""What the cleaner took out of a text, for the cleaning tests."""

from storyline.clean.boilerplate import Cleaned


def removed(result: Cleaned) -> dict[str, str]:
    """Each removed line's text, with the rule that removed it."""
    return {r.text: r.reason for r in result.removed}
