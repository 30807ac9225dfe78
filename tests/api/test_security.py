"""Browser-facing protections: security headers, the Host allow-list, cross-origin writes,
the wrong-token lockout, the sign-in form without a read token, and protected extraction.

TestClient sends ``Host: testserver`` by default, which the server rightly refuses;
these clients use ``http://localhost`` like a local browser would.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsgraph.api import create_app
from newsgraph.api.auth import GuessLimiter
from newsgraph.api.security import CONTENT_SECURITY_POLICY, csp_hash, host_name
from newsgraph.errors import NewsgraphError
from tests.api.conftest import READ_TOKEN, WRITE_TOKEN, auth

LOCAL = "http://localhost"
FORM = {"content-type": "application/x-www-form-urlencoded"}


class FakeClock:
    """A clock the test moves by hand, so lockouts are checked without waiting."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def app_client(store: Any = None, **options: Any) -> TestClient:
    token = options.pop("token", WRITE_TOKEN)
    return TestClient(create_app(None, token, store=store, **options), base_url=LOCAL)


# -- headers -------------------------------------------------------------------------------

@pytest.mark.parametrize("url", ["/ui/", "/ui/articles/bridge-1", "/articles", "/health", "/nowhere",
                                 "/ui/static/app.css"])
def test_every_response_carries_the_security_headers(client: TestClient, url: str) -> None:
    headers = client.get(url).headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"


def test_the_policy_allows_no_inline_script_and_no_framing() -> None:
    directives = dict(part.split(" ", 1) for part in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY and "unsafe-eval" not in CONTENT_SECURITY_POLICY
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'none'"


def test_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    for url in ("/ui/", "/ui/graph", "/ui/timeline", "/ui/articles/bridge-1", "/ui/actors/1", "/ui/paste"):
        html = client.get(url).text
        assert "<script>" not in html and " style=" not in html and "<style" not in html, url
        assert " onclick=" not in html and "javascript:" not in html, url


def test_the_api_docs_page_allows_exactly_its_own_inline_script(client: TestClient) -> None:
    response = client.get("/docs")
    assert response.status_code == 200
    policy = response.headers["content-security-policy"]
    inline = response.text.split("<script>", 1)[1].split("</script>", 1)[0]
    assert csp_hash(inline) in policy
    assert "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";", 1)[0]
    assert "frame-ancestors 'none'" in policy


def test_refusals_carry_the_headers_too(client: TestClient) -> None:
    refused = client.get("/articles", headers={"host": "attacker.example"})
    assert refused.status_code == 400
    assert refused.headers["x-content-type-options"] == "nosniff"


# -- Host allow-list (DNS rebinding) ---------------------------------------------------------

@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8000", "testserver", "127.0.0.2",
                                  "localhost.attacker.example"])
def test_unknown_host_names_are_refused_with_the_json_error_body(client: TestClient, host: str) -> None:
    response = client.get("/articles", headers={"host": host})
    assert response.status_code == 400
    assert response.json()["error"] == "invalid host"
    assert "--allow-host" in response.json()["detail"]


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000",
                                  "LOCALHOST."])
def test_loopback_names_are_accepted_by_default(client: TestClient, host: str) -> None:
    assert client.get("/articles", headers={"host": host}).status_code == 200


def test_configured_names_and_subdomain_patterns(store: Any) -> None:
    ui = app_client(store, allowed_hosts=["news.example.org", "*.corp.example"])
    assert ui.get("/articles", headers={"host": "news.example.org"}).status_code == 200
    assert ui.get("/articles", headers={"host": "ng.corp.example:443"}).status_code == 200
    assert ui.get("/articles", headers={"host": "corp.example.attacker.example"}).status_code == 400
    assert ui.get("/articles", headers={"host": "localhost"}).status_code == 400  # the list replaces it
    anyone = app_client(store, allowed_hosts=["*"])
    assert anyone.get("/articles", headers={"host": "any.example"}).status_code == 200


def test_health_answers_a_probe_by_ip_address(client: TestClient) -> None:
    assert client.get("/health", headers={"host": "10.1.2.3:8000"}).status_code == 200


def test_host_name_parsing() -> None:
    assert host_name("[::1]:8000") == "::1"
    assert host_name("Example.ORG.:80") == "example.org"
    assert host_name("::1") == "::1"


# -- cross-origin writes ----------------------------------------------------------------------

@pytest.mark.parametrize("headers", [
    {"origin": "http://attacker.example", "content-type": "text/plain"},
    {"origin": "null", "content-type": "text/plain"},
    {"origin": "http://localhost:3000", "content-type": "text/plain"},  # another local app: another origin
    {"sec-fetch-site": "cross-site", "content-type": "text/plain"},
    {"sec-fetch-site": "same-site", "content-type": "application/x-www-form-urlencoded"},
])
def test_cross_origin_simple_posts_are_refused(client: TestClient, headers: dict[str, str]) -> None:
    for url in ("/extract", "/articles", "/ui/paste", "/ui/login"):
        response = client.post(url, content=b"text=The mayor said so.", headers=headers)
        assert response.status_code == 403, url
        assert response.json()["error"] == "cross-origin request"


def test_same_origin_pages_and_scripts_may_post(client: TestClient) -> None:
    same_page = {"origin": "http://localhost", "sec-fetch-site": "same-origin", **FORM}
    assert client.post("/ui/paste", content=b"text=&published=", headers=same_page).status_code == 422
    script = client.post("/articles", json={"text": "x"})  # no Origin, no Sec-Fetch-*: curl, a script
    assert script.status_code == 401


def test_cross_origin_reads_are_not_refused(client: TestClient) -> None:
    assert client.get("/articles", headers={"origin": "http://attacker.example"}).status_code == 200


# -- wrong-token lockout ------------------------------------------------------------------------

def test_five_wrong_write_tokens_lock_the_client_out(store: Any) -> None:
    clock = FakeClock()
    api = app_client(store, guesses=GuessLimiter(max_failures=5, first_lockout=2.0, clock=clock))
    for _ in range(5):
        assert api.post("/articles", json={"text": "x"}, headers=auth("guess")).status_code == 403
    locked = api.post("/articles", json={"text": "x"}, headers=auth(WRITE_TOKEN))
    assert locked.status_code == 429  # even the right token: a lockout that a lucky guess ended would be none
    assert locked.json()["error"] == "too many attempts"
    assert locked.headers["retry-after"] == "2"
    assert api.get("/articles").status_code == 200  # reads without a token go on
    clock.now += 2.5
    assert api.post("/articles", json={"text": ""}, headers=auth("guess")).status_code == 403
    assert api.post("/articles", json={"text": ""}, headers=auth(WRITE_TOKEN)).headers["retry-after"] == "4"
    clock.now += 5
    assert api.post("/articles", json={"text": ""}, headers=auth(WRITE_TOKEN)).status_code == 422  # let in
    assert all(api.post("/articles", json={"text": ""}, headers=auth("guess")).status_code == 403
               for _ in range(4))  # the right token reset the count


def test_wrong_read_tokens_and_sign_ins_count_too(store: Any) -> None:
    clock = FakeClock()
    private = app_client(store, read_token=READ_TOKEN, guesses=GuessLimiter(max_failures=3, clock=clock))
    assert private.get("/articles").status_code == 401  # no token is no guess
    assert private.get("/articles", headers=auth("a")).status_code == 403
    assert private.post("/ui/login", content=b"token=b", headers=FORM).status_code == 403
    assert private.get("/ui/articles", headers=auth("c")).status_code == 403
    assert private.get("/articles", headers=auth(READ_TOKEN)).status_code == 429
    assert private.post("/ui/login", content=f"token={READ_TOKEN}".encode(), headers=FORM).status_code == 429


def test_the_limiter_forgets_old_failures_and_bounds_its_memory() -> None:
    clock = FakeClock()
    limiter = GuessLimiter(max_failures=2, forget_after=60, max_clients=3, clock=clock)
    limiter.failed("10.0.0.1")
    clock.now += 61
    limiter.failed("10.0.0.1")
    assert limiter.retry_after("10.0.0.1") is None  # the first failure was forgotten
    limiter.failed("10.0.0.1")
    assert limiter.retry_after("10.0.0.1") == 1
    for n in range(2, 6):
        limiter.failed(f"10.0.0.{n}")
    assert limiter.retry_after("10.0.0.1") is None  # dropped as the oldest of more than three


# -- sign-in form ------------------------------------------------------------------------------

def test_sign_in_without_a_read_token_sets_no_cookie(client: TestClient) -> None:
    form = client.get("/ui/login")
    assert "nothing to sign in to" in form.text and 'name="token"' not in form.text
    response = client.post("/ui/login", content=b"token=anything", headers=FORM, follow_redirects=False)
    assert response.status_code == 400
    assert "set-cookie" not in response.headers
    assert "nothing to sign in to" in response.text


# -- protected extraction ----------------------------------------------------------------------

def test_extract_access_write_needs_the_write_token(store: Any) -> None:
    guarded = app_client(store, read_token=READ_TOKEN, extract_access="write")
    assert guarded.post("/extract", content=b"x", headers={"content-type": "text/plain"}).status_code == 401
    by_reader = guarded.post("/extract", content=b"x",
                             headers={"content-type": "text/plain", **auth(READ_TOKEN)})
    assert by_reader.status_code == 403
    assert guarded.get("/articles", headers=auth(READ_TOKEN)).status_code == 200  # reads unchanged
    # the paste box runs the same extraction; a sign-in cookie (read token) does not open it
    guarded.post("/ui/login", content=f"token={READ_TOKEN}".encode(), headers=FORM)
    assert guarded.get("/ui/articles").status_code == 200
    assert guarded.get("/ui/paste").status_code == 401
    assert guarded.post("/ui/paste", content=b"text=Hello.", headers=FORM).status_code == 401


def test_extract_access_write_with_the_token_runs_the_extraction(store: Any) -> None:
    guarded = app_client(store, extract_access="write")
    text = "Mayor Ana Lind said on Monday that the bridge \"will open in May.\""
    response = guarded.post("/extract", content=text.encode(), headers={"content-type": "text/plain",
                                                                      **auth(WRITE_TOKEN)})
    assert response.status_code == 200
    assert response.json()["quotes"]


def test_extract_access_write_without_a_write_token_disables_extraction(store: Any) -> None:
    closed = app_client(store, token=None, extract_access="write")
    response = closed.post("/extract", content=b"x", headers={"content-type": "text/plain"})
    assert response.status_code == 403
    assert response.json()["error"] == "extraction disabled"


def test_extract_access_must_be_read_or_write() -> None:
    with pytest.raises(NewsgraphError, match="extract_access"):
        create_app(None, extract_access="everyone")  # type: ignore[arg-type]
