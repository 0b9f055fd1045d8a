"""Stage `serve`, web side: the JSON API and the HTML pages over one store.

`create_app(db_path)` builds the FastAPI application; `views/` holds one
module per HTML page type, `api/` one module per JSON resource, and every
page extends `templates/base.html`.
"""

from langgieng.web.app import create_app

__all__ = ["create_app"]
