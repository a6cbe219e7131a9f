"""The JSON API and the web UI (FastAPI). `create_app(store_url)` builds the application."""

from roydad.api.app import create_app

__all__ = ["create_app"]
