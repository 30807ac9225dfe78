"""Turning files, stdin and JSON records into ``Document`` objects.

Every reader yields either a ``Document`` or an ``InputFailure``; it never
raises for one bad input, so a batch goes on and the failure is reported with
the input's name. The isolation is per input and happens *inside* the readers
(each file, each JSONL line, each feed entry, each WARC record goes through
``guarded``): a generator that raises is finished, so catching around the
stream would silently drop every input after the bad one. HTML goes through
trafilatura (main text, title, date, author, URL), the maintained extractor
news-crawling projects use; language is checked with py3langid, which ships
its model inside the package.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from newsgraph.errors import InputError
from newsgraph.ingest.document import Document, fields_problem

#: Articles longer than this are refused rather than parsed. Peak memory grows by about
#: 3 KB per character (spaCy keeps every layer's activations for the whole article):
#: 200,000 characters peak at 0.78 GB per worker, 500,000 at 1.6 GB, 1,000,000 at 3 GB
#: (``benchmarks/pathological.py --memory``), so this keeps a worker under 1 GB. News
#: articles are far shorter; a larger input is almost always a dump or a mistake.
MAX_CHARS = 200_000

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
WARC_SUFFIXES = {".warc", ".gz"}


T = TypeVar("T")
P = ParamSpec("P")


@dataclass(slots=True)
class InputFailure:
    """One input that could not be read; ``source`` names it for the user."""

    source: str
    reason: str

    def __post_init__(self) -> None:
        # A file name that is not UTF-8 (or a hostile id) carries lone surrogates; the
        # failure must still print and store, so they are shown as escapes.
        self.source = printable(self.source)
        self.reason = printable(self.reason)

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


def printable(text: str) -> str:
    """``text`` with any lone surrogate written as an escape (``\\udc00``), so it can be
    printed and stored; valid text is returned unchanged."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


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
        return InputFailure(source, f"cannot read ({type(exc).__name__}: {_short(exc)})")


def read_documents(
    source: str | Path,
    *,
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
) -> Iterator[Document | InputFailure]:
    """Documents from a path, a folder (recursively), or ``-`` for stdin.

    ``published`` fills in the publication date where the input has none.
    """
    name = str(source)
    if name == "-":
        data = sys.stdin.buffer.read()
        yield guarded(
            "<stdin>", _from_bytes, data, "<stdin>", kind="auto", published=published, max_chars=max_chars
        )
        return
    path = Path(source)
    if path.is_dir():
        try:
            children = sorted(p for p in path.rglob("*") if p.is_file())
        except OSError as exc:
            yield InputFailure(name, f"cannot list the folder: {exc.strerror or exc}")
            return
        for child in children:
            suffix = child.suffix.lower()
            if suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | JSONL_SUFFIXES:
                yield from read_documents(child, published=published, max_chars=max_chars)
        return
    if not path.exists():
        yield InputFailure(name, "no such file or folder")
        return
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, published=published, max_chars=max_chars)
        return
    if suffix in FEED_SUFFIXES:
        from newsgraph.ingest.feeds import read_feed  # feeds need feedparser; load on demand

        yield from read_feed(name)
        return
    if suffix in WARC_SUFFIXES and (".warc" in path.name.lower()):
        from newsgraph.ingest.warc import read_warc

        yield from read_warc(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputFailure(name, f"cannot read: {exc.strerror or exc}")
        return
    kind = "html" if suffix in HTML_SUFFIXES else "json" if suffix in JSON_SUFFIXES else "auto"
    yield guarded(
        name,
        _from_bytes,
        data,
        name,
        kind=kind,
        published=published,
        max_chars=max_chars,
        default_id=path.stem,
    )


def _read_jsonl(
    path: Path, *, published: dt.date | None, max_chars: int
) -> Iterator[Document | InputFailure]:
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield InputFailure(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            yield guarded(where, _jsonl_line, raw, where, published, max_chars, f"{path.stem}-{number}")


def _jsonl_line(
    raw: bytes, where: str, published: dt.date | None, max_chars: int, default_id: str
) -> Document | InputFailure:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputFailure(where, f"not a JSON record (the line is not UTF-8: {_short(exc)})")
    item = parse_json(line, where)
    if isinstance(item, InputFailure):
        return item
    return document_from_record(item, where, published=published, max_chars=max_chars, default_id=default_id)


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
        return InputFailure(source, f"not a JSON record ({_short(exc)})")
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
    """A ``Document`` from ``{id, text | html, title, url, source, published}``."""
    if not isinstance(item, dict):
        return InputFailure(source, "a record must be a JSON object with a 'text' or 'html' field")
    record_published, warning = _record_date(item)
    document = _document_from_record(
        item, source, record_published or published, max_chars=max_chars, default_id=default_id
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
        date = _parse_date(value)
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
            published=record_published,
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
        published=record_published,
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
    """Validate plain text as an English news article and wrap it."""
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
        id=doc_id or _content_id(text),
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
    published: dt.date | None = None,
    max_chars: int = MAX_CHARS,
    default_id: str | None = None,
) -> Document | InputFailure:
    """Main text and metadata of a web page, via trafilatura."""
    import trafilatura

    if not html.strip():
        return InputFailure(source, "the HTML is empty")
    try:
        extracted = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception as exc:
        return InputFailure(source, f"cannot parse the HTML ({_short(exc)})")
    if extracted is None:
        return InputFailure(source, "the HTML has no article text (no main content found)")
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = data.get("text") or ""
    if not text.strip():
        return InputFailure(source, "the HTML has no article text (no main content found)")
    return document_from_text(
        text,
        source,
        doc_id=doc_id or default_id,
        title=_optional_str(data.get("title")),
        url=url or _optional_str(data.get("url")),
        outlet=_optional_str(data.get("sitename") or data.get("hostname")),
        published=published or _parse_date(data.get("date")),
        author=_optional_str(data.get("author")),
        max_chars=max_chars,
    )


def _from_bytes(
    data: bytes,
    source: str,
    *,
    kind: str,
    published: dt.date | None,
    max_chars: int,
    default_id: str | None = None,
) -> Document | InputFailure:
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


def _content_id(text: str) -> str:
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:16]


def _parse_date(value: Any) -> dt.date | None:
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


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
