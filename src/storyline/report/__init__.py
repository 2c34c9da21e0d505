"""Renderers of an analysis: terminal summary, HTML report, JSON dossier."""
