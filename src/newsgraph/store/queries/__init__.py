"""The store's read side, by resource (each a class the :class:`~newsgraph.store.Store` façade combines).

1. :mod:`~newsgraph.store.queries.common`: matching a user's name to actors, shared by every filter.
2. :mod:`~newsgraph.store.queries.records`: articles, quotes, events, stances, claims, full-text search.
3. :mod:`~newsgraph.store.queries.actors`: actors, one actor's page, timeline, actor graph.
4. :mod:`~newsgraph.store.queries.corpus`: row counts and whole-table streams for exports.
"""
