"""A whoosh segment writer for a fresh segment whose postings are gathered per term in memory.

whoosh's ``SegmentWriter`` puts every posting, as a 5-tuple, into a ``PostingPool``: an
external sort that spills sorted runs to disk past its memory estimate and merges them back in
Python, then sorts the whole pool again before writing, and hands the postings one by one to
the codec (with a field-length lookup each). Here postings are appended to their term's list as
documents are added (document numbers only grow, so each list is already in order), and at the
end the terms are sorted and each term's postings are written block by block: whoosh's own
codec writes every block, from the same ids, weights, values and length statistics, so the
segment reads back the same postings, term statistics and block statistics as whoosh's pool
gives (``tests/search/test_segment_writer.py`` compares the two).

Only for a segment written from scratch by ``add_document`` calls (the index's full build):
it merges no other segment and deletes nothing.
"""

from __future__ import annotations

from array import array
from typing import Any

from whoosh.fields import FieldType
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

# One term's postings: document numbers, weights, values (whoosh's posting without its term).
_Postings = tuple["array[int]", "array[float]", list[bytes]]


class FreshSegmentWriter(SegmentWriter):
    """``SegmentWriter`` with its posting pool replaced by per-term lists (see the module)."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        # {field name: {term: postings}}, and each document's length per scorable field.
        self._terms: dict[str, dict[str | bytes, _Postings]] = {}
        self._lengths: dict[str, dict[int, int]] = {}
        self.postings = 0  # postings gathered so far (what the memory the lists take grows with)

    def add_document(self, **fields: Any) -> None:
        self._check_state()
        perdocwriter = self.perdocwriter
        schema = self.schema
        docnum = self.docnum
        docboost = self._doc_boost(fields)
        fieldnames = sorted([name for name in fields if not name.startswith("_")])
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        added = 0
        for fieldname in fieldnames:
            value = fields.get(fieldname)
            if value is None:
                continue
            field = schema[fieldname]
            if field.separate_spelling() or field.vector:
                raise NotImplementedError(f"field {fieldname!r}: spelling and vectors are not written here")
            length = 0
            if field.indexed:
                fieldboost = self._field_boost(fields, fieldname, docboost)
                terms = self._terms.get(fieldname)
                if terms is None:
                    terms = self._terms[fieldname] = {}
                scorable = field.scorable
                if type(field).index is FieldType.index:
                    # FieldType.index is word_values with each term encoded: the terms are kept
                    # as str here and encoded once each when written (UTF-8 sorts as str does).
                    if not isinstance(value, (str, list, tuple)):
                        raise ValueError(f"{value!r} is not unicode or sequence")
                    items = field.format.word_values(value, field.analyzer, mode="index")
                else:  # a field type with its own encoding (numbers, dates): its bytes as given
                    items = field.index(value)
                for text, freq, weight, vbytes in items:
                    if scorable:
                        length += freq
                    got = terms.get(text)
                    if got is None:
                        got = terms[text] = (array("I"), array("d"), [])
                    ids, weights, values = got
                    ids.append(docnum)
                    weights.append(weight * fieldboost)
                    values.append(vbytes)
                    added += 1
                if length:
                    self._lengths.setdefault(fieldname, {})[docnum] = length
            customval = fields.get(f"_stored_{fieldname}", value)
            perdocwriter.add_field(fieldname, field, customval if field.stored else None, length)
            column = field.column_type
            if column and customval is not None:
                perdocwriter.add_column_value(fieldname, column, field.to_column_value(customval))
        perdocwriter.finish_doc()
        self.postings += added
        self._added = True
        self.docnum += 1

    def add_reader(self, reader: Any) -> None:
        raise NotImplementedError("a fresh segment merges no other segment")

    def delete_document(self, docnum: int, delete: bool = True) -> None:
        raise NotImplementedError("a fresh segment deletes nothing")

    def cancel(self) -> None:
        """Close this segment's files, leaving the index's temporary folder (``MAIN.tmp``): the
        other writers of the build share it (whoosh's ``cancel`` removes it, and the writer
        holding the lock then failed with ``FileNotFoundError`` instead of the interruption)."""
        self._check_state()
        self._close_segment()
        self.is_closed = True

    def _flush_segment(self) -> None:
        self.perdocwriter.close()
        fieldwriter = self.fieldwriter
        schema = self.schema
        for fieldname in sorted(self._terms):
            terms = self._terms.pop(fieldname)
            if not terms:
                continue
            # The length whoosh's per-document reader gives for a posting: the field length
            # stored as one byte and read back (None when nothing was stored).
            lengths = {
                d: byte_to_length(b) if (b := length_to_byte(n)) else None
                for d, n in self._lengths.get(fieldname, {}).items()
            }
            fieldwriter.start_field(fieldname, schema[fieldname])
            blocklimit = fieldwriter._postwriter._blocklimit
            for text in sorted(terms):
                ids, weights, values = terms[text]
                fieldwriter.start_term(text.encode("utf-8") if isinstance(text, str) else text)
                writer = fieldwriter._postwriter
                n = len(ids)
                for start in range(0, n, blocklimit):
                    end = min(start + blocklimit, n)
                    _fill_block(writer, ids[start:end], weights[start:end], values[start:end], lengths)
                    if end < n:  # the last block is written by finish_term, marked as the last
                        writer._write_block()
                fieldwriter.finish_term()
            del terms
            fieldwriter.finish_field()
        fieldwriter.close()


def _fill_block(
    writer: Any, ids: array[int], weights: array[float], values: list[bytes], lengths: dict[int, int | None]
) -> None:
    """Put one block's postings into whoosh's postings writer as its ``add_posting`` would."""
    writer._ids = ids
    writer._weights = array("f", weights)
    writer._values = [v for v in values if v]
    top = max(weights)
    writer._maxweight = top if top > 0 else 0
    known = [length for length in map(lengths.get, ids) if length]
    writer._minlength = min(known) if known else None
    writer._maxlength = max(known) if known else 0
