"""Converting one input's content (bytes, text, HTML, a JSON record) into a ``Document``.

The layer under the readers: ``readers``, ``feeds`` and ``warc`` find the inputs
(files, folders, JSONL lines, feed entries, archived pages) and hand each one's
content here, so every format is validated the same way and gets its date by the
same rule. HTML goes through trafilatura (main text, title, date, author, URL),
the maintained extractor news-crawling projects use; language is checked with
py3langid, which ships its model inside the package.

**Which date an article gets** (one rule for every format): the input's own date
wins, and the caller's ``published`` (``--published``) fills in when it has none.
"Own" means, in order: a date the container states (a JSON record's date field, a
feed entry's date), then the date a page's markup declares (meta tags, JSON-LD,
``<time>``: never a year guessed from the text), then, for an archived page, its
crawl date. A plain-text file has no date of its own, so ``published`` is its date.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from functools import lru_cache
from typing import Any, ParamSpec, TypeVar

from newsgraph.errors import InputError
from newsgraph.ingest.document import Document, InputFailure, content_id, fields_problem

#: Articles longer than this are refused rather than parsed. Peak memory grows by about
#: 3 KB per character (spaCy keeps every layer's activations for the whole article):
#: 200,000 characters peak at 0.78 GB per worker, 500,000 at 1.6 GB, 1,000,000 at 3 GB
#: (``benchmarks/pathological.py --memory``), so this keeps a worker under 1 GB. News
#: articles are far shorter; a larger input is almost always a dump or a mistake.
MAX_CHARS = 200_000

T = TypeVar("T")
P = ParamSpec("P")


def guarded(source: str, read: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T | InputFailure:
    """``read(*args, **kwargs)``, or an ``InputFailure`` naming ``source`` for whatever it raised.

    Readers validate what they can foresee; this catches what they cannot (a
    library choking on odd markup, a recursion limit), so the failure is
    recorded at the one input that caused it and the batch reads on.
    """
    try:
        return read(*args, **kwargs)
    except InputError as exc:
        return InputFailure(source, exc.reason)
    except RecursionError:
        return InputFailure(source, "the input is nested too deeply to read")
    except Exception as exc:
        return InputFailure(source, f"cannot read ({type(exc).__name__}: {short_error(exc)})")


def parse_json(text: str, source: str) -> Any:
    """The JSON value in ``text``, or an ``InputFailure`` saying plainly why it cannot be read.

    Hostile JSON fails in ways ``json.loads`` does not call a decoding error:
    deep nesting exhausts the recursion limit, and an integer longer than
    Python's int-string conversion limit raises a bare ``ValueError``. Both are
    turned into a reason a user can act on.
    """
    try:
        return json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as exc:
        return InputFailure(source, f"not a JSON record ({short_error(exc)})")
    except RecursionError:
        return InputFailure(source, "the JSON is nested too deeply to read")
    except _HugeInteger as exc:
        return InputFailure(source, str(exc))


class _HugeInteger(ValueError):
    """A JSON integer with more digits than Python converts (``sys.get_int_max_str_digits``)."""


def _json_int(digits: str) -> int:
    limit = sys.get_int_max_str_digits()
    count = len(digits.lstrip("-"))
    if limit and count > limit:
        raise _HugeInteger(f"the JSON holds an integer of {count:,} digits; at most {limit:,} can be read")
    return int(digits)


def document_from_record(
    item: Any,
    source: str,
    *,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
    default_id: str | None = None,
) -> Document | InputFailure:
    """A ``Document`` from ``{id, text | html, title, url, source, published}``.

    The record's own date field wins; ``published`` fills in when it has none
    (or an unreadable one, which is also a warning in the document).
    """
    if not isinstance(item, dict):
        return InputFailure(source, "a record must be a JSON object with a 'text' or 'html' field")
    record_published, warning = _record_date(item)
    document = _document_from_record(
        item, source, record_published, published, max_chars=max_chars, default_id=default_id
    )
    if warning and isinstance(document, Document):
        document.warnings.append(warning)
    return document


#: Record fields that may carry the publication date, in the order they are read.
DATE_FIELDS = ("published", "publication_date", "date_publish")


def _record_date(item: dict[str, Any]) -> tuple[dt.date | None, str | None]:
    """The record's publication date, and a warning when its date field cannot be read.

    An unreadable date ("2024-13-45", "yesterday") is treated as no date rather
    than failing the record: the article is still worth reading, relative times
    are then left unresolved (or anchored on the caller's default date), and the
    warning in the record says why.
    """
    for key in DATE_FIELDS:
        value = item.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        date = parse_date(value)
        if date is None:
            shown = repr(value) if isinstance(value, str) else f"a {type(value).__name__}"
            return None, (
                f"the record's {key!r} field is not a date ({shown[:80]}); "
                "expected an ISO date such as 2024-11-07; read as no date"
            )
        return date, None
    return None, None


def _document_from_record(
    item: dict[str, Any],
    source: str,
    record_published: dt.date | None,
    published: dt.date | None,
    *,
    max_chars: int,
    default_id: str | None,
) -> Document | InputFailure:
    title = _optional_str(item.get("title"))
    if isinstance(item.get("html"), str) and not isinstance(item.get("text"), str):
        return document_from_html(
            item["html"],
            source,
            url=_optional_str(item.get("url")),
            doc_id=_optional_str(item.get("id")),
            own_date=record_published,
            published=published,
            max_chars=max_chars,
            default_id=default_id,
        )
    text = item.get("text")
    if not isinstance(text, str):
        return InputFailure(source, "record has no 'text' or 'html' string")
    return document_from_text(
        text,
        source,
        doc_id=_optional_str(item.get("id")) or default_id,
        title=title,
        url=_optional_str(item.get("url")),
        outlet=_optional_str(item.get("source") or item.get("publisher")),
        published=record_published or published,
        author=_optional_str(item.get("author")),
        max_chars=max_chars,
    )


def document_from_text(
    text: str,
    source: str,
    *,
    doc_id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: dt.date | None = None,
    author: str | None = None,
    max_chars: int = MAX_CHARS,
) -> Document | InputFailure:
    """Validate plain text as an English news article and wrap it.

    ``published`` is the article's date as the caller knows it (plain text carries
    none of its own); an input without a ``doc_id`` gets its ``content_id``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    problem = _text_problem(text, max_chars)
    if problem:
        return InputFailure(source, problem)
    problem = fields_problem(
        {"text": text, "id": doc_id, "title": title, "url": url, "source": outlet, "author": author}
    )
    if problem:
        return InputFailure(source, problem)
    language = detect_language(text)
    if language != "en":
        return InputFailure(
            source, f"the text looks like language {language!r}; newsgraph reads English news"
        )
    if title and not text.lstrip().startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    return Document(
        id=doc_id or content_id(text),
        text=text,
        title=title,
        url=url,
        source=outlet,
        published=published,
        author=author,
        language=language,
    )


def document_from_html(
    html: str,
    source: str,
    *,
    url: str | None = None,
    doc_id: str | None = None,
    own_date: dt.date | None = None,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
    default_id: str | None = None,
) -> Document | InputFailure:
    """Main text and metadata of a web page, via trafilatura.

    The date is ``own_date`` (a date the page's container states: the JSON record's
    field, the feed entry's) when given, else the date the page's markup declares,
    else ``published`` (the caller's default): the input's own date wins, the
    caller's fills in.
    """
    import trafilatura

    if not html.strip():
        return InputFailure(source, "the HTML is empty")
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            favor_precision=True,
            date_extraction_params=_page_date_params(),
        )
    except Exception as exc:
        return InputFailure(source, f"cannot parse the HTML ({short_error(exc)})")
    if extracted is None:
        return InputFailure(source, "the HTML has no article text (no main content found)")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = data.get("text") or ""
    if not text.strip():
        return InputFailure(source, "the HTML has no article text (no main content found)")
    # trafilatura puts one block element (paragraph, heading, list item) on a line; a
    # blank line between them says so to the sentence splitter, so a heading without a
    # full stop ("Lisbon airport cancels 120 flights") does not run into the paragraph
    # under it (plain text keeps its single newlines: they may be hard wraps)
    text = _BLOCK_BREAK.sub("\n\n", text)
    return document_from_text(
        text,
        source,
        doc_id=doc_id or default_id,
        title=_optional_str(data.get("title")),
        url=url or _optional_str(data.get("url")),
        outlet=_optional_str(data.get("sitename") or data.get("hostname")),
        published=own_date or parse_date(data.get("date")) or published,
        author=_optional_str(data.get("author")),
        max_chars=max_chars,
    )


_BLOCK_BREAK = re.compile(r"[ \t]*\n+[ \t]*")


def _page_date_params() -> dict[str, Any]:
    """htmldate's settings for a page's own date: the date its markup declares (meta
    tags, JSON-LD, ``<time>``, the URL), the original rather than the last update, and
    *not* htmldate's free-text search, which guesses from any year in the text (an
    undated page about 2019 would be dated 2019-01-01 and beat the caller's date)."""
    return {"original_date": True, "extensive_search": False, "max_date": dt.date.today().isoformat()}


def document_from_bytes(
    data: bytes,
    source: str,
    *,
    kind: str,
    published: dt.date | None,
    max_chars: int,
    default_id: str | None = None,
) -> Document | InputFailure:
    """A ``Document`` from a file's (or stdin's) bytes: a JSON record or an HTML page
    when ``kind`` says so (``"json"``, ``"html"``), with ``"auto"`` when the content's
    first characters say so, otherwise plain text. ``published`` fills in the date
    where the content has none."""
    if not data.strip():
        return InputFailure(source, "the input is empty")
    text = decode_text(data)
    if text is None:
        return InputFailure(source, "the input is binary data, not text (no text encoding fits it)")
    if not text.strip():
        return InputFailure(source, "the input is empty")
    stripped = text.lstrip()
    if kind == "json" or (kind == "auto" and stripped.startswith("{")):
        item = parse_json(text, source)
        if not isinstance(item, InputFailure):
            return document_from_record(
                item, source, published=published, max_chars=max_chars, default_id=default_id
            )
        if kind == "json" or not item.reason.startswith("not a JSON record"):
            return item
        # "{" opening a plain-text article that is not JSON: read it as text.
    if kind == "html" or (kind == "auto" and stripped[:200].lower().startswith(("<!doctype html", "<html"))):
        return document_from_html(
            text, source, published=published, max_chars=max_chars, default_id=default_id
        )
    return document_from_text(text, source, doc_id=default_id, published=published, max_chars=max_chars)


def decode_text(data: bytes) -> str | None:
    """The text in ``data``, or ``None`` when it is binary.

    UTF-8 (with or without a byte-order mark) is tried first, as almost every
    input is UTF-8; otherwise charset-normalizer finds the encoding. The
    binary verdict comes only *after* decoding: UTF-16 text is full of NUL
    bytes, so judging the raw bytes would refuse it as binary. What is binary
    is a text that, decoded, is still full of control characters (or that no
    encoding fits).
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    if text is not None and not _looks_binary(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    decoded = str(best).lstrip("\ufeff")
    return None if _looks_binary(decoded) else decoded


def _looks_binary(text: str) -> bool:
    """True when the text's head has NULs or more than 5% control characters
    (tab, line and page breaks excepted): what decoded binary data looks like."""
    head = text[:8192]
    if "\x00" in head:
        return True
    control = sum(1 for ch in head if ch < "\t" or "\r" < ch < " ")
    return control > len(head) * 0.05


def size_problem(text: str, max_chars: int = MAX_CHARS) -> str | None:
    """Why ``text`` cannot be analysed at all (empty, or too long), or ``None``."""
    if not text.strip():
        return "the input is empty"
    if len(text) > max_chars:
        return (
            f"the text has {len(text):,} characters, more than the limit of {max_chars:,} "
            "for one article (split it, or raise --max-chars)"
        )
    return None


def _text_problem(text: str, max_chars: int) -> str | None:
    problem = size_problem(text, max_chars)
    if problem:
        return problem
    letters = sum(ch.isalpha() for ch in text[:20000])
    if letters < 20:
        return "the input has too few letters to be an article"
    return None


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or ``"en"`` when the evidence is weak.

    Short English snippets (a headline, one quote) are easily mistaken for
    another language, and refusing an English article costs more than reading
    a foreign one, so only a confident call rejects.
    """
    language, probability = _language_identifier().classify(text[:3000])
    if language != "en" and probability < 0.95:
        return "en"
    return str(language)


@lru_cache(maxsize=1)
def _language_identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # type: ignore[import-untyped]

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def parse_date(value: Any) -> dt.date | None:
    """The date in ``value`` (a date, an ISO date or datetime, an RFC 2822 date as feeds
    write them), or ``None`` when it holds none."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    candidate = value.strip()
    try:
        return dt.date.fromisoformat(candidate[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(candidate.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(candidate).date()
    except (TypeError, ValueError):
        return None


def _optional_str(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def short_error(exc: object) -> str:
    """The first line of an error's message (at most 120 characters), or its type's name."""
    text = str(exc)
    return text.splitlines()[0][:120] if text else type(exc).__name__

