"""The API against its own OpenAPI schema: schemathesis generates requests for every operation
(valid and invalid ones) and no answer may be a server error.

The app serves a small SQLite store of synthetic articles (extracted once here),
with a write token that the generated requests carry, so writes and extraction
(in the worker pool) are exercised too. Examples per operation are few, so the
test stays well under a minute; the hostile cases found before are pinned in
``test_hostile.py``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from starlette.types import Receive, Scope, Send

from newsgraph import synthetic
from newsgraph.api import create_app
from newsgraph.api.limits import ExtractionLimits
from newsgraph.ingest.document import Document
from newsgraph.pipeline import extract_many
from newsgraph.store import open_store
from tests.api.conftest import WRITE_TOKEN, auth

#: Examples per operation: enough to reach the odd values (huge ints, empty strings, odd
#: Unicode) in every parameter, few enough for a quick suite.
EXAMPLES = 25


#: The app under test. Its schema does not depend on the store, so schemathesis can read it
#: when this module is imported; the fixture below gives the app its store before any call.
# The test client addresses the app as "testserver", which the Host allow-list must admit here.
APP = create_app(
    None,
    WRITE_TOKEN,
    extraction=ExtractionLimits(workers=1, queue=8, timeout_seconds=60),
    allowed_hosts=["testserver"],
)


async def one_lifespan_for_all_calls(scope: Scope, receive: Receive, send: Send) -> None:
    """``APP`` without its lifespan: schemathesis opens a test client (one lifespan) per call,
    and the end of each would stop the extraction worker, so every extracting call would
    wait for a new one to load spaCy. The fixture below stops the workers once instead."""
    if scope["type"] != "lifespan":
        await APP(scope, receive, send)
        return
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        else:
            await send({"type": "lifespan.shutdown.complete"})
            return


schema = schemathesis.openapi.from_asgi("/openapi.json", one_lifespan_for_all_calls)


@pytest.fixture(scope="module", autouse=True)
def synthetic_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('contract') / 'corpus.db'}")
    documents = [Document(id=a.id, text=a.text, title=a.title, url=a.url, source=a.source,
                          published=a.published) for a in synthetic.articles(4, seed=7)]
    for record in extract_many(documents):
        store.add_record(record)
    APP.state.store = store
    yield
    APP.state.extraction.close()
    APP.state.store = None
    store.close()


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_operation_answers_with_a_server_error(case: schemathesis.Case) -> None:
    case.call_and_validate(headers=auth(WRITE_TOKEN), checks=[not_a_server_error])
