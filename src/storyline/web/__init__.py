"""The local web app (``storyline serve``): FastAPI over the store. Imported only by the serve
command and tests, so the analysis needs none of its dependencies loaded."""

from storyline.web.app import Settings, create_app

__all__ = ["Settings", "create_app"]
