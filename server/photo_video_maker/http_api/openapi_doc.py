"""The OpenAPI document, complete and true to what the service answers.

FastAPI's own document says 422 for invalid requests (this service answers 400, see
envelope.py), leaves out the JSON body of URL uploads that the upload route reads by hand, and
marks response fields with defaults as optional although every answer carries them. This
module fixes those three things once, when the document is first asked for.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from .models import UrlUpload

# What clients send: their optional fields really are optional.
REQUEST_MODELS = {"TaskBody", "RunBody", "NewMessage", "Part", "RenderBody", "OutputSpec"}
VALIDATION_SCHEMAS = ("HTTPValidationError", "ValidationError")


def complete_openapi(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI document (cached on the app, as FastAPI does)."""
    if app.openapi_schema:
        return app.openapi_schema
    doc = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
    )
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    url_upload = UrlUpload.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas["UrlUpload"] = url_upload
    for operations in doc.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.get("responses", {})
            responses.pop("422", None)  # invalid requests are answered 400 (envelope.py)
    for name in VALIDATION_SCHEMAS:
        schemas.pop(name, None)
    for name, schema in schemas.items():
        if name in REQUEST_MODELS or name == "UrlUpload" or "properties" not in schema:
            continue
        # every answer carries every field (None included): all of them are required
        schema["required"] = list(schema["properties"])
    app.openapi_schema = doc
    return doc
