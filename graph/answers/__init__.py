"""Answers: the rows of the named queries over a whole store, computed when ``srgraph load``
creates the store and kept in it (SQLite, ``srgraph-answers.sqlite``), so a corpus-wide
question reads a page of an index instead of scanning millions of quads.

The rows are the shipped ``.rq`` queries' own answers, evaluated by pyoxigraph: a document's
facts live in its own graph and the queries join a document's nodes with each other and with
the vocabulary graph, so running a query over a batch of documents (with the vocabulary graph)
gives that batch's share of the whole store's rows. ``matrix`` adds its per-party counts
across batches. The rows are ordered by the query's own ORDER BY (``STR(…)``, ``COALESCE``,
variables, ``DESC``; a query ordered otherwise is not kept), and the parameters are applied as
the queries' FILTERs state them (``_PLANS``; tests/test_answers.py checks every row against
pyoxigraph on the store). Answers belong to the store they were computed with: a store changed
since (a later load) has its answers removed, and an unknown state means the live query.
"""

from __future__ import annotations

from .builder import ANSWERS_FILE, AnswersBuilder, AnswersJob
from .pages import forget_answers, page

__all__ = ["ANSWERS_FILE", "AnswersBuilder", "AnswersJob", "forget_answers", "page"]
