"""newsgraph: who said what, who did what to whom, when and where — from news text.

The public API is small: ``extract`` for one article, ``extract_many`` for a
stream, ``load_pipeline`` for the spaCy pipeline, and the record types.
"""

from newsgraph.errors import InputError, NewsgraphError
from newsgraph.ingest.document import Document
from newsgraph.pipeline import extract, extract_many, load_pipeline
from newsgraph.records import SCHEMA_VERSION, Record

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Document",
    "InputError",
    "NewsgraphError",
    "Record",
    "__version__",
    "extract",
    "extract_many",
    "load_pipeline",
]
