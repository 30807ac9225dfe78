"""Stand-in work for the extraction pool's worker processes, so pool tests need no spaCy.

The pool pickles these by name into freshly spawned processes, so they live in
an importable module rather than in a test file. What they do depends on the
article id the test sends: ``hang`` never finishes (in a regular expression, which
holds the GIL as the hostile ``$`` article's parse did), ``crash`` kills its own
process, ``refuse`` raises the error the pipeline raises for unusable input;
any other id gets back an empty record of the article.
"""

from __future__ import annotations

import os
import re

from newsgraph.errors import InputError
from newsgraph.ingest.document import Document
from newsgraph.records import Article, Record


def no_model(model: str | None) -> None:
    """Warm-up that loads nothing."""


def echo_or_misbehave(document: Document, model: str | None) -> Record:
    if document.id == "hang":
        # Catastrophic backtracking: 2**40 steps, none of which lets another thread run.
        re.match(r"(a+)+$", "a" * 40 + "!")
    if document.id == "crash":
        os._exit(3)
    if document.id == "refuse":
        raise InputError(document.id, "the text is not an article")
    return Record(article=Article(id=document.id, text=document.text))
