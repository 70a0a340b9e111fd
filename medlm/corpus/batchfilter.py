"""datatrove's BaseFilter with batches bounded in characters and its bookkeeping done once per batch."""

from __future__ import annotations

import contextlib
from collections import Counter

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.filters.base_filter import BaseFilter, get_filter_result


class BatchFilter(BaseFilter):
    """BaseFilter.run's contract (filter_batch per batch; a dropped document goes to exclusion_writer
    with metadata["filter_reason"], which is how medlm's pipeline counts reasons), but datatrove's
    stats are added up per batch: its three stat updates and a timer per document cost ~10 µs, as
    much as the quality, language or decontamination check of a whole document. (No per-document
    'doc_len' stat; medlm's ledger counts documents and characters itself.)"""

    batch_chars = 1 << 20  # a batch also ends at this many characters: memory ~50 bytes a character

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        with self.exclusion_writer if self.exclusion_writer else contextlib.nullcontext() as writer:
            for batch in self._batches(data):
                dropped: Counter = Counter()
                for doc, result in zip(batch, self.filter_batch(batch)):
                    keep, reason = get_filter_result(result)
                    if keep:
                        yield doc
                        continue
                    dropped[reason] += 1
                    if writer:
                        if reason:
                            doc.metadata["filter_reason"] = reason
                        writer.write(doc, rank)
                self._count(len(batch), dropped)

    def _batches(self, data: DocumentsPipeline):
        """Lists of up to batch_size documents and about batch_chars characters (one longer document alone)."""
        batch, chars = [], 0
        for doc in data:
            batch.append(doc)
            chars += len(doc.text)
            if len(batch) >= self.batch_size or chars >= self.batch_chars:
                yield batch
                batch, chars = [], 0
        if batch:
            yield batch

    def _count(self, total: int, dropped: Counter) -> None:
        self.stat_update("total", value=total)
        self.stat_update("forwarded", value=total - sum(dropped.values()))
        if dropped:
            self.stat_update("dropped", value=sum(dropped.values()))
        for reason, n in dropped.items():
            if reason:
                self.stat_update(f"dropped_{reason}", value=n)
