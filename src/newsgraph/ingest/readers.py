"""Turning files, stdin and JSON records into ``Document`` objects.

Every reader yields either a ``Document`` or an ``InputFailure``; it never
raises for one bad input, so a batch goes on and the failure is reported with
the input's name. HTML goes through trafilatura (main text, title, date,
author, URL), the maintained extractor news-crawling projects use; language is
checked with py3langid, which ships its model inside the package.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from newsgraph.ingest.document import Document

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


@dataclass(slots=True)
class InputFailure:
    """One input that could not be read; ``source`` names it for the user."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


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
        yield _from_bytes(
            sys.stdin.buffer.read(), "<stdin>", kind="auto", published=published, max_chars=max_chars
        )
        return
    path = Path(source)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
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
    yield _from_bytes(data, name, kind=kind, published=published, max_chars=max_chars, default_id=path.stem)


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
            try:
                line = raw.decode("utf-8")
                item = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                yield InputFailure(where, f"not a JSON record ({_short(exc)})")
                continue
            yield document_from_record(
                item, where, published=published, max_chars=max_chars, default_id=f"{path.stem}-{number}"
            )


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
    record_published = _parse_date(
        item.get("published") or item.get("publication_date") or item.get("date_publish")
    )
    title = _optional_str(item.get("title"))
    if isinstance(item.get("html"), str) and not isinstance(item.get("text"), str):
        return document_from_html(
            item["html"],
            source,
            url=_optional_str(item.get("url")),
            doc_id=_optional_str(item.get("id")),
            published=record_published or published,
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
    """Validate plain text as an English news article and wrap it."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    problem = _text_problem(text, max_chars)
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
    if _looks_binary(data):
        return InputFailure(source, "the input is binary data, not text")
    text, note = _decode(data)
    if text is None:
        return InputFailure(source, note)
    stripped = text.lstrip()
    if kind == "json" or (kind == "auto" and stripped.startswith("{")):
        try:
            item = json.loads(text)
        except json.JSONDecodeError as exc:
            if kind == "json":
                return InputFailure(source, f"not a JSON record ({_short(exc)})")
        else:
            return document_from_record(
                item, source, published=published, max_chars=max_chars, default_id=default_id
            )
    if kind == "html" or (kind == "auto" and stripped[:200].lower().startswith(("<!doctype html", "<html"))):
        return document_from_html(
            text, source, published=published, max_chars=max_chars, default_id=default_id
        )
    return document_from_text(text, source, doc_id=default_id, published=published, max_chars=max_chars)


def _decode(data: bytes) -> tuple[str | None, str]:
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None, "the bytes are not UTF-8 and no text encoding fits them"
    return str(best), f"decoded as {best.encoding}"


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
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
