"""Many prepared records' bags to one durability barrier (a group commit)."""

from __future__ import annotations

from dataclasses import replace

from archive.bag.writer import BagGroup, BagResult
from archive.pack.article import Prepared, original_of, plan
from archive.pack.outcome import PackOutcome, WrittenBag, failed, written_bag


class RecordWriter:
    """Puts prepared records' bags on disk, many bags to one durability barrier.

    ``add`` settles a record that needs no writing at once and stages the others;
    ``seal`` hands the staged bags over as one ``StagedRecords`` whose ``commit`` makes them
    durable and renames them into place (see ``archive.bag.writer.BagGroup``), so that the next
    records can be staged while that barrier runs. Records must be added in input order,
    and a record whose target is staged already only after that commit has finished, so
    that it sees what the earlier one left, exactly as a loop over ``commit_article`` would.
    """

    def __init__(self, force: bool = False) -> None:
        self.force = force
        self._open = StagedRecords()

    def add(self, prepared: Prepared) -> PackOutcome | None:
        """The outcome when the record needs no writing, None once its bag is staged;
        raises ArchiveError when the bag cannot be staged (nothing is left behind)."""
        outcome, files = plan(prepared, self.force)
        if files is None:
            return outcome
        self._open.group.stage(prepared.target, files, original_of(prepared))
        self._open.staged.append((outcome, written_bag(prepared.target.name, files)))
        return None

    def seal(self) -> "StagedRecords":
        """The records staged so far, to be committed (or discarded) as one group."""
        sealed, self._open = self._open, StagedRecords()
        return sealed

    def discard(self) -> None:
        """Drop the staged records (after an interruption): no bag of theirs is written."""
        self.seal().discard()


class StagedRecords:
    """Staged bags sealed into one group: committed together, or discarded together."""

    def __init__(self) -> None:
        self.group = BagGroup()
        self.staged: list[tuple[PackOutcome, WrittenBag | None]] = []

    def commit(self) -> list[PackOutcome]:
        """Outcomes of the staged records, in the order they were added."""
        staged, self.staged = self.staged, []
        outcomes = []
        for (outcome, written), result in zip(staged, self.group.commit()):
            if isinstance(result, BagResult):
                outcomes.append(replace(outcome, status=result.status, bag=result.path,
                                        written=written))
            else:
                outcomes.append(failed(outcome.source, result))
        return outcomes

    def discard(self) -> None:
        self.staged = []
        self.group.discard()
