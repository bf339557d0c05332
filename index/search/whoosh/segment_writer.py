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

An edge n-gram field (:mod:`.prefixes`) given the very text of its base field (``content_prefix``
beside ``content``: the same ``str`` object, as the index's build gives it) is not analysed per
document: its postings are derived when the segment is written, from the base field's terms,
each gram's documents the union of those of the terms it starts (a set union in C instead of a
Python loop over every gram of every document; the same postings).

Only for a segment written from scratch by ``add_document`` calls (the index's full build):
it merges no other segment and deletes nothing.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable
from itertools import chain
from operator import sub
from pickle import dumps
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3TermInfo
from whoosh.fields import FieldType
from whoosh.system import pack_int, pack_ushort
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from waic_reader.index.search.whoosh.analyzer import STOP_MARK, IndexPositions, SearchAnalyzer, positions_of
from waic_reader.index.search.whoosh.prefixes import BASE_FIELD, EDGE_MAX, EDGE_MIN, EdgePrefixes

# One term's postings: document numbers, weights, values (whoosh's posting without its term).
_Postings = tuple["array[int]", "array[float]", list[bytes]]
_BASES = frozenset(BASE_FIELD.values())  # the text fields with an edge n-gram companion
# IndexPositions.encode of a single position below 256 (most postings), by position.
_ONE_POSITION = [b"B" + bytes((p,)) for p in range(256)]


class FreshSegmentWriter(SegmentWriter):
    """``SegmentWriter`` with its posting pool replaced by per-term lists (see the module)."""

    def __init__(self, ix: Any, **kwargs: Any) -> None:
        super().__init__(ix, **kwargs)
        # {field name: {term: postings}}, and each document's length per scorable field.
        self._terms: dict[str, dict[str | bytes, _Postings]] = {}
        self._lengths: dict[str, dict[int, int]] = {}
        # {edge n-gram field: the documents whose postings are derived from its base field's
        # terms when the segment is written}, and {base field: documents holding it}.
        self._derived: dict[str, set[int]] = {}
        self._base_docs: dict[str, int] = {}
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
            if fieldname in _BASES:
                self._base_docs[fieldname] = self._base_docs.get(fieldname, 0) + 1
            if field.indexed and self._derivable(fields, fieldname, field, value, docboost):
                self._derived.setdefault(fieldname, set()).add(docnum)
                # Counted as the base field's terms (about as many as its grams; the text's terms
                # are those just indexed, kept by positions_of): a bound on a segment's memory.
                added += len(positions_of(value))
            elif field.indexed:
                fieldboost = self._field_boost(fields, fieldname, docboost)
                terms = self._terms.get(fieldname)
                if terms is None:
                    terms = self._terms[fieldname] = {}
                scorable = field.scorable
                fmt = field.format
                if (
                    type(fmt) is IndexPositions
                    and type(value) is str
                    and type(field).index is FieldType.index
                    and isinstance(field.analyzer, SearchAnalyzer)
                ):
                    # IndexPositions.word_values inlined (no generator, no tuple a term): the
                    # same terms, frequencies, weights and values.
                    fb = fmt.field_boost
                    encode = fmt.encode
                    one = _ONE_POSITION
                    poses = positions_of(value)
                    for text, poslist in poses.items():
                        n = len(poslist)
                        if scorable and text[0] != STOP_MARK:
                            length += n
                        got = terms.get(text)
                        if got is None:
                            got = terms[text] = (array("I"), array("d"), [])
                        got[0].append(docnum)
                        got[1].append(float(n) * fb * fieldboost)
                        got[2].append(one[poslist[0]] if n == 1 and poslist[0] < 256 else encode(poslist))
                    added += len(poses)
                    items: Iterable[tuple[Any, int, float, bytes]] = ()
                elif type(field).index is FieldType.index:
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

    def _derivable(self, fields: dict[str, Any], fieldname: str, field: Any, value: Any, docboost: float) -> bool:
        """True when ``fieldname`` is an edge n-gram field whose postings in this document can be
        derived from its base field's terms: given the base field's very text (the same object)
        as a string, both analysed by the search analyzer, with no boost (each gram's posting
        weighs the format's field boost) and not scorable (no lengths)."""
        base = BASE_FIELD.get(fieldname)
        if base is None or type(value) is not str or fields.get(base) is not value:
            return False
        base_field = self.schema[base]
        return (
            type(field.format) is EdgePrefixes
            and isinstance(field.analyzer, SearchAnalyzer)
            and not field.scorable
            and isinstance(base_field.format, IndexPositions)
            and type(base_field).index is FieldType.index
            and isinstance(base_field.analyzer, SearchAnalyzer)
            and self._field_boost(fields, fieldname, docboost) == 1.0
        )

    def _derive_prefixes(self) -> None:
        """The postings of every derived edge n-gram field (see :meth:`_derivable`), into
        ``self._terms``: each gram's documents are those of the base field's terms it starts
        (the same grams :class:`~.prefixes.EdgePrefixes` gives a text: its indexed forms'
        first ``EDGE_MIN``..``EDGE_MAX`` characters, stop forms left out), among the documents
        whose grams were derived; merged with the postings of documents analysed one by one."""
        for fieldname, derived in self._derived.items():
            base = BASE_FIELD[fieldname]
            every = len(derived) == self._base_docs.get(base, 0)  # no document to leave out
            # Each gram's sources first (the base terms' document arrays, no copies), then one
            # gram's union at a time: only one transient set is alive (all of them at once took
            # a 10k build's processes from ~330 to ~510 MB).
            sources: dict[str, list[Any]] = {}
            for term, (ids, _weights, _values) in self._terms.get(base, {}).items():
                if not isinstance(term, str) or term[0] == STOP_MARK:
                    continue
                docs = ids if every else array("I", [d for d in ids if d in derived])
                if not docs:
                    continue
                for k in range(EDGE_MIN, min(len(term), EDGE_MAX) + 1):
                    have = sources.get(term[:k])
                    if have is None:
                        sources[term[:k]] = [docs]
                    else:
                        have.append(docs)
            weight = self.schema[fieldname].format.field_boost
            terms = self._terms.setdefault(fieldname, {})
            for gram, arrays in sources.items():
                # (one source: its array is in order already)
                ids = array("I", arrays[0]) if len(arrays) == 1 else array("I", sorted(set().union(*arrays)))
                got = terms.get(gram)
                if got is not None:  # postings of documents analysed one by one: merged in order
                    merged = sorted(set(ids).union(got[0]))
                    w = dict(zip(got[0], got[1]))
                    v = dict(zip(got[0], got[2]))
                    terms[gram] = (
                        array("I", merged),
                        array("d", [w.get(d, weight) for d in merged]),
                        [v.get(d, b"") for d in merged],
                    )
                else:
                    n = len(ids)
                    terms[gram] = (ids, array("d", [weight]) * n, [b""] * n)
            del sources
        self._derived = {}

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
        self._derive_prefixes()
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
            postings = fieldwriter._postwriter
            postings._format = schema[fieldname].format  # as start_term gives it
            term_index = fieldwriter._tindex
            field_id = pack_ushort(fieldwriter._fieldid)
            postfile = fieldwriter._postfile
            for text in sorted(terms):
                ids, weights, values = terms[text]
                offset = postfile.tell()
                info, data = _term_postings(postings, ids, weights, values, lengths)
                postfile.write(data)
                info.set_extent(offset, len(data))
                term_index.add(field_id + (text.encode("utf-8") if isinstance(text, str) else text), info.to_bytes())
            del terms
            fieldwriter.finish_field()
        fieldwriter.close()


def _term_postings(
    writer: Any, ids: array[int], weights: array[float], values: list[bytes], lengths: dict[int, int | None]
) -> tuple[W3TermInfo, bytes]:
    """One term's posting list as whoosh's ``W3PostingsWriter`` writes it (``add_posting`` for
    each posting, then ``finish_postings``): its term info and the bytes of its blocks.

    whoosh 2.7.4's format: a header, then per block of ``blocklimit`` postings its length
    (negative for the last block), the pickled block info ``(count, last id, max weight,
    compression, min length byte, max length byte)`` and the pickled ``(id deltas, weights,
    values)``, each minified as whoosh does (``writer._mini_values``: the codec's packed
    values). The term info adds up every block's statistics as ``W3TermInfo.add_block`` does.
    """
    info = W3TermInfo()
    parts = [WHOOSH3_HEADER_MAGIC]
    n = len(ids)
    limit = writer._blocklimit
    compression = writer._compression
    for start in range(0, n, limit):
        end = min(start + limit, n)
        block_ids = ids[start:end]
        block_weights = array("f", weights[start:end])
        top = max(weights[start:end])
        max_weight = top if top > 0 else 0
        known = [length for length in map(lengths.get, block_ids) if length]
        min_length = min(known) if known else None
        max_length = max(known) if known else 0
        # W3TermInfo.add_block
        info._weight += sum(block_weights)
        info._df += len(block_ids)
        info._minlength = min_length if info._minlength is None else min(info._minlength, min_length)
        info._maxlength = max(info._maxlength, max_length)
        info._maxweight = max(info._maxweight, max_weight)
        if info._minid is None:
            info._minid = block_ids[0]
        info._maxid = block_ids[-1]
        # W3PostingsWriter._write_block
        distinct = set(block_weights)
        mini_weights = None if distinct == {1.0} else block_weights[0] if len(distinct) == 1 else tuple(block_weights)
        writer._values = [v for v in values[start:end] if v]
        data = dumps((tuple(map(sub, block_ids, chain((0,), block_ids))), mini_weights, writer._mini_values()), 2)
        if compression:
            data = zlib.compress(data, compression)
        head = dumps(
            (
                len(block_ids),
                block_ids[-1],
                max_weight,
                compression,
                length_to_byte(min_length),
                length_to_byte(max_length),
            ),
            2,
        )
        size = len(head) + len(data)
        parts += (pack_int(-size if end == n else size), head, data)
    writer._values = []
    return info, b"".join(parts)
