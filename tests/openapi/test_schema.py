"""Schemathesis against the running service: requests generated from /openapi.json (valid and
invalid) never get a server error, and every answer matches the document (status code,
content type, body schema). Run on its own: ``PVM_OPENAPI_RUN=1 pytest tests/openapi``."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from test_http_api import ATTRIBUTION, Live, serve

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with serve(tmp_path_factory.mktemp("pvm-openapi"), workers=0) as running:
        yield running


@pytest.fixture(scope="module")
def token(live: Live) -> str:
    return live.token("schemathesis")


def test_no_request_gets_a_server_error_or_an_answer_the_document_does_not_describe(
    live: Live, token: str
) -> None:
    base = str(live.client.base_url).rstrip("/")
    schema = schemathesis.openapi.from_url(base + "/openapi.json")
    headers = {**ATTRIBUTION, "Authorization": f"Bearer {token}"}
    tried = 0
    for found in schema.get_all_operations():
        operation = found.ok()

        @settings(
            max_examples=25,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def call(case: schemathesis.Case) -> None:
            case.call_and_validate(
                base_url=base, headers={**headers, **(case.headers or {})}, checks=CHECKS
            )

        call()
        tried += 1
    assert tried >= 10  # every endpoint of docs/cloud-api.md


def test_the_document_has_no_dangling_reference(live: Live) -> None:
    import json
    import re

    doc = live.client.get("/openapi.json").json()
    refs = set(re.findall(r'"#/components/schemas/([^"]+)"', json.dumps(doc)))
    assert refs <= set(doc["components"]["schemas"])
    assert "422" not in json.dumps(doc["paths"])  # invalid requests are a 400 envelope
