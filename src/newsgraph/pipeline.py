"""The Python API: ``extract`` one article, ``extract_many`` a stream of them."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import multiprocessing
import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import (
    component,  # noqa: F401 - registers the spaCy factories
    resources,
)
from newsgraph.attribute_table import table_attribute_ruler
from newsgraph.errors import InputError
from newsgraph.extensions import register_extensions
from newsgraph.ingest.convert import MAX_CHARS, size_problem
from newsgraph.ingest.document import Document, content_id, document_problem, fields_problem
from newsgraph.model import load_parser
from newsgraph.records import Article, Record
from newsgraph.samples import SAMPLE_PUBLISHED, sample_text
from newsgraph.textguard import guard_tokenizer, keep_title_abbreviations


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None, stages: tuple[str, ...] | None = None) -> Language:
    """A spaCy pipeline with newsgraph's components added. Cached per process.

    Its tokenizer is guarded (``textguard``) so pathological text cannot make the
    parse quadratic; ordinary text is tokenised exactly as spaCy would. Its
    attribute ruler finds its matches by table look-up (``attribute_table``): the same
    matches as spaCy's ``Matcher``, at a tenth of the cost.
    """
    nlp = load_parser(model, fresh=True)
    guard_tokenizer(nlp)
    keep_title_abbreviations(nlp, resources.current().lexicons.words("title_abbreviations"))
    table_attribute_ruler(nlp)
    register_extensions()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_dateline", before="parser")
    config = {"stages": list(stages)} if stages is not None else {}
    nlp.add_pipe("newsgraph", config=config)
    # The pipeline's own objects (vocabulary, string store, model tables: about 100k
    # tracked by the cyclic collector) live as long as the process. Every full
    # collection the stages' short-lived objects trigger would walk them all again;
    # freezing moves them out of its way (and keeps forked workers' copies shared).
    # The stages load their word lists, patterns and models on first use (another
    # 130k objects), so one short article is run first to have them frozen too:
    # without it each full collection walked them again, 0.15 of the 2.9 CPU seconds
    # the stages cost on the 84 PolNeAR dev texts.
    _warm_up(nlp)
    gc.collect()  # nothing the warm-up left for the collector is frozen with the rest
    gc.freeze()
    return nlp


def _warm_up(nlp: Language) -> None:
    """Run the bundled sample article through ``nlp`` so every lazily loaded table exists."""
    nlp(make_doc(nlp, Document(id="warm-up", text=sample_text(), published=SAMPLE_PUBLISHED)))


def _as_document(text: str | Document, published: dt.date | str | None, id: str | None) -> Document:
    """The caller's input as a valid ``Document``, or ``InputError`` naming what is wrong.

    A text without ``id`` gets its ``content_id``, the same id the readers give it
    and a prefix of the store's ``text_hash``. ``published`` follows the readers'
    rule: a ``Document``'s own date wins, ``published`` fills in when it has none
    (a copy is made; the caller's ``Document`` is not changed).

    Lone surrogates (``"a\\ud800"``) are refused rather than replaced: replacing
    them would change the text the offsets point into, and the caller should
    know their text is not valid Unicode.
    """
    if isinstance(text, Document):
        document = text
        if document.published is None and published is not None:
            document = dataclasses.replace(document, published=_published(published))
    elif isinstance(text, str):
        if id is not None and not isinstance(id, str):
            raise InputError("id", f"must be a string, not {type(id).__name__}")
        for name, value in (("text", text), ("id", id)):
            problem = fields_problem({name: value})
            if problem:
                raise InputError(name, problem)
        doc_id = id or content_id(text)
        document = Document(id=doc_id, text=text, published=_published(published))
    else:
        raise InputError("text", f"must be a string or a Document, not {type(text).__name__}")
    problem = document_problem(document)
    if problem:
        raise InputError(document.id if isinstance(document.id, str) else "document", problem)
    return document


def _published(value: dt.date | str | None) -> dt.date | None:
    """``published`` as a date: a ``date``, an ISO date string, or ``None``/``""`` for no date."""
    if value is None or isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    shown = repr(value) if isinstance(value, str) else f"a {type(value).__name__}"
    raise InputError(
        "published", f"must be a date such as 2024-11-07 (YYYY-MM-DD) or a datetime.date, not {shown[:80]}"
    )


def _article(document: Document) -> Article:
    return Article(
        id=document.id,
        title=document.title,
        url=document.url,
        source=document.source,
        published=document.published,
        language=document.language,
        author=document.author,
        text=document.text,
    )


def make_doc(nlp: Language, document: Document, max_chars: int = MAX_CHARS) -> Doc:
    """A tokenised ``Doc`` carrying the article metadata, ready for ``nlp``.

    An empty or over-long text gets an empty ``Doc`` and a warning instead, so a
    batch still returns one record per input, in order, and nothing is lost.
    """
    problem = size_problem(document.text, max_chars)
    nlp.max_length = max(nlp.max_length, max_chars + 1)
    doc = nlp.make_doc("" if problem else document.text)
    doc._.ng_article = _article(document)
    doc._.ng_warnings.extend(document.warnings)  # what the reader noticed (an unreadable date)
    if problem:
        doc._.ng_warnings.append(f"not analysed: {problem}")
    return doc


def extract(
    text: str | Document,
    published: dt.date | str | None = None,
    *,
    id: str | None = None,
    model: str | None = None,
) -> Record:
    """Read one article and return everything newsgraph found in it.

    ``published`` anchors relative times ("today", "in September"); without it
    they are kept but marked unresolved.
    """
    document = _as_document(text, published, id)
    problem = size_problem(document.text)
    if problem:
        raise InputError(document.id, problem)
    nlp = load_pipeline(model)
    doc = nlp(make_doc(nlp, document))
    record: Record = doc._.newsgraph
    return record


def _extract_chunk(args: tuple[Sequence[Document], str | None, int]) -> list[Record]:
    documents, model, max_chars = args
    nlp = load_pipeline(model)
    docs = (make_doc(nlp, d, max_chars) for d in documents)
    return [doc._.newsgraph for doc in nlp.pipe(docs, batch_size=16)]


def extract_many(
    documents: Iterable[Document],
    *,
    model: str | None = None,
    n_process: int = 1,
    chunk_size: int = 8,
    max_chars: int = MAX_CHARS,
) -> Iterator[Record]:
    """Records for ``documents``, in input order.

    With ``n_process > 1`` each worker process loads its own pipeline and runs
    whole extractions, so the newsgraph stages scale with the parser. Chunks
    are small so that workers finish together: with a few large chunks one
    worker is left parsing alone at the end. A document that cannot be
    analysed (empty, longer than ``max_chars``) still gets its record, with a
    warning and no analysis.
    """
    if n_process <= 1:
        nlp = load_pipeline(model)
        for doc in nlp.pipe((make_doc(nlp, d, max_chars) for d in documents), batch_size=16):
            yield doc._.newsgraph
        return
    chunks = _chunks(documents, chunk_size)
    context = multiprocessing.get_context(_start_method())
    if context.get_start_method() == "fork":
        load_pipeline(model)  # forked workers inherit the loaded pipeline instead of loading their own
    with context.Pool(n_process) as pool:
        for records in pool.imap(_extract_chunk, ((chunk, model, max_chars) for chunk in chunks)):
            yield from records


def _start_method() -> str:
    """``fork`` where it is safe (POSIX, no other threads running), else ``spawn``.

    Forking a process that has already loaded the pipeline saves each worker
    seconds of imports and model loading, as spaCy's own ``n_process`` does;
    forking a multi-threaded parent (a web server, a progress bar) can deadlock,
    so those callers get fresh ``spawn`` workers.
    """
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _chunks(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
