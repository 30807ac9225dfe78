"""Errors a user can act on. The CLI prints their message as one line, never a traceback."""


class NewsgraphError(Exception):
    """Base class for every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """The input cannot be read as a news article (empty, binary, not English, ...)."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.reason = message


class ModelNotFoundError(NewsgraphError):
    """No usable spaCy English pipeline is installed."""


class ConfigError(NewsgraphError):
    """A user-supplied configuration file (lexicon overlay, ontology, actor dictionary) is unusable."""
