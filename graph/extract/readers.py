"""The base of the block readers (lead-ins, tables, bold-titled items): the document's state
and the readers every one of them records through."""

from __future__ import annotations

from .parties import PartyResolver
from .prose import ProseReader
from .records import FactRecorder
from .state import DocState

__all__ = ["BlockReader"]


class BlockReader:
    """Holds what a reader of one kind of block shares with the others."""

    def __init__(
        self, state: DocState, parties: PartyResolver, records: FactRecorder, prose: ProseReader
    ) -> None:
        self.state = state
        self.parties = parties
        self.records = records
        self.prose = prose
