"""The API fuzzed from its own OpenAPI schema (schemathesis): whatever the
parameters and bodies, valid or not, no 5xx, and every answer (status, content
type, body) is one the schema documents."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from api_corpus import build_store
from rasd.api import create_app
from rasd.pipeline import Pipeline

TOKEN = "fuzz-token"
CHECKS = (
    schemathesis.checks.not_a_server_error,
    schemathesis.checks.status_code_conformance,
    schemathesis.checks.content_type_conformance,
    schemathesis.checks.response_schema_conformance,
)


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> schemathesis.BaseSchema:
    # The text stage alone: the fuzzer exercises the server, not the models.
    nlp = Pipeline(["text"])
    store = build_store(tmp_path_factory.mktemp("fuzz") / "rasd.db", nlp, demo_articles=0)
    app = create_app(store, pipeline=nlp, token=TOKEN)
    return schemathesis.openapi.from_asgi("/api/openapi.json", app)


@pytest.mark.parametrize(
    "mode", [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
)
def test_every_operation_answers_as_documented(
    api: schemathesis.BaseSchema, mode: schemathesis.GenerationMode
) -> None:
    operations = [result.ok() for result in api.get_all_operations()]
    assert {op.path for op in operations} >= {"/api/analyze", "/api/documents", "/api/search"}
    for operation in operations:

        @settings(
            max_examples=25, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        @given(operation.as_strategy(generation_mode=mode))
        def answers_as_documented(case: schemathesis.Case) -> None:
            case.headers = {**(case.headers or {}), "Authorization": f"Bearer {TOKEN}"}
            case.call_and_validate(checks=CHECKS)

        answers_as_documented()
