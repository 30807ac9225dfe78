"""The ``Doc`` extension attributes through which newsgraph's stages talk.

Each stage reads the attributes of the stages before it and writes its own;
no stage imports another's internals. All names carry the ``ng_`` prefix so
they cannot collide with a user's own extensions.

| attribute            | type                         | written by   |
|----------------------|------------------------------|--------------|
| ``doc._.ng_article`` | ``records.Article`` or None  | caller       |
| ``doc._.ng_dateline``| ``records.Dateline`` or None | dateline     |
| ``doc._.ng_excluded``| ``list[records.ExcludedSpan]`` | furniture  |
| ``doc._.ng_entities``| ``list[records.Entity]``     | entities     |
| ``doc._.ng_times``   | ``list[records.TimeExpression]`` | times    |
| ``doc._.ng_quotes``  | ``list[records.Quote]``      | attribution  |
| ``doc._.ng_events``  | ``list[records.Event]``      | events       |
| ``doc._.ng_claims``  | ``list[records.Claim]``      | claims       |
| ``doc._.ng_stances`` | ``list[records.Stance]``     | stances      |
| ``doc._.ng_summary`` | ``records.Summary`` or None  | summary      |
| ``doc._.ng_warnings``| ``list[str]``                | any stage    |
| ``doc._.newsgraph``  | ``records.Record`` (getter)  | —            |
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Doc

from newsgraph.records import Article, Record

_LIST_ATTRIBUTES = (
    "ng_excluded",
    "ng_entities",
    "ng_times",
    "ng_quotes",
    "ng_events",
    "ng_claims",
    "ng_stances",
    "ng_warnings",
)


def _list_getter(
    name: str,
) -> tuple[Callable[[Doc], list[object]], Callable[[Doc, list[object]], None]]:
    # A getter that stores a fresh list on first access: a mutable ``default``
    # would be shared by every Doc.
    store = f"_{name}_store"

    def get(doc: Doc) -> list[object]:
        value = doc.user_data.get(store)
        if value is None:
            value = []
            doc.user_data[store] = value
        return value

    def set_(doc: Doc, value: list[object]) -> None:
        doc.user_data[store] = value

    return get, set_


def published_date(doc: Doc) -> dt.date | None:
    """The publication date relative times resolve against, if the caller gave one."""
    article: Article | None = doc._.ng_article
    return article.published if article is not None else None


#: Where :func:`document_text` keeps a Doc's text when no Article holds it.
_TEXT_KEY = "newsgraph.document_text"


def document_text(doc: Doc) -> str:
    """``doc.text`` without rebuilding it token by token when the article already holds it.

    ``Doc.text`` creates a Python object per token, which costs as much as a whole
    stage; the caller's ``Article.text`` is the same string by contract (offsets
    are shared), checked here against the end of the last token.
    """
    # a Doc of a pipeline that never registered newsgraph's attributes (a bare parse read
    # by the events helpers, ``PatternBook.match``) has no Article: its text is built once
    article = doc._.ng_article if Doc.has_extension("ng_article") else None
    if article is not None and len(doc) > 0:
        last = doc[-1]
        if len(article.text) == last.idx + len(last.text_with_ws) and article.text.endswith(
            last.text_with_ws
        ):
            return str(article.text)
    # A Doc's text never changes (retokenizing keeps it), so a pipeline without an
    # Article (a user's own ``nlp.add_pipe("newsgraph")``) builds it once, not per stage.
    if len(doc) == 0:
        return ""
    cached = doc.user_data.get(_TEXT_KEY)
    last = doc[-1]
    if not isinstance(cached, str) or len(cached) != last.idx + len(last.text_with_ws):
        cached = doc.user_data[_TEXT_KEY] = str(doc.text)
    return cached


def build_record(doc: Doc) -> Record:
    article: Article | None = doc._.ng_article
    if article is None:
        article = Article(id="doc", text=doc.text)
    if doc._.ng_dateline is not None and article.dateline is None:
        article = article.model_copy(update={"dateline": doc._.ng_dateline})
    if doc._.ng_excluded and not article.excluded:
        article = article.model_copy(update={"excluded": list(doc._.ng_excluded)})
    return Record(
        article=article,
        entities=list(doc._.ng_entities),
        quotes=list(doc._.ng_quotes),
        times=list(doc._.ng_times),
        events=list(doc._.ng_events),
        claims=list(doc._.ng_claims),
        stances=list(doc._.ng_stances),
        summary=doc._.ng_summary,
        warnings=list(doc._.ng_warnings),
    )


def register_extensions() -> None:
    """Idempotent: safe to call from every component constructor."""
    if not Doc.has_extension("ng_article"):
        Doc.set_extension("ng_article", default=None)
    if not Doc.has_extension("ng_dateline"):
        Doc.set_extension("ng_dateline", default=None)
    if not Doc.has_extension("ng_summary"):
        Doc.set_extension("ng_summary", default=None)
    for name in _LIST_ATTRIBUTES:
        if not Doc.has_extension(name):
            getter, setter = _list_getter(name)
            Doc.set_extension(name, getter=getter, setter=setter)
    if not Doc.has_extension("newsgraph"):
        Doc.set_extension("newsgraph", getter=build_record)
