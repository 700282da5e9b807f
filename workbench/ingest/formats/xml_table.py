"""An XML export as a table of records: review feeds (Bazaarvoice's `Review` elements, an App Store review feed's
`entry`), a service desk's XML export (ServiceNow's `incident` records), annotated review sentences (SemEval's
`sentence`). The records are the elements of the most frequent tag whose elements hold free text (`record_tag`); each
becomes a row of its attributes and the text of the elements it holds, which the table loader then maps like
any other table's columns."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

import pandas as pd

from workbench.errors import WorkbenchError
from workbench.ingest.formats.base import read_bytes


def _name(tag: str) -> str:
    """A tag without its namespace: "{http://itunes.apple.com/rss}rating" -> "rating"."""
    return tag.rsplit("}", 1)[-1]


def _fields(element: ElementTree.Element) -> list[ElementTree.Element]:
    """The elements an element holds, at any depth, that hold text and no elements: its fields."""
    return [e for e in element.iter() if e is not element and not len(e) and (e.text or "").strip()]


def record_tag(root: ElementTree.Element, written: int = 4) -> str | None:
    """The tag of the records: of the tags whose elements hold free text directly (a field of `written` words
    on average, as a review's or a ticket's text is; not a link or a name), the most frequent (a feed's reviews
    rather than the product they are of, whose own fields are a name and an id); of two as frequent, the one
    whose elements hold more fields (a review rather than the reviewer's profile inside it). None if no
    element holds free text."""
    lengths: dict[tuple[str, str], list[int]] = {}
    count: Counter = Counter()
    fields: Counter = Counter()
    for element in root.iter():
        count[element.tag] += 1
        for child in element:
            if not len(child) and (child.text or "").strip():
                lengths.setdefault((element.tag, child.tag), []).append(len(child.text.split()))
    free = {tag for (tag, _), n in lengths.items() if sum(n) / len(n) >= written}
    if not free:
        return None
    for element in root.iter():
        if element.tag in free:
            fields[element.tag] += len(_fields(element))
    return max(free, key=lambda tag: (count[tag], fields[tag]))


def record_row(element: ElementTree.Element, ancestors: list[ElementTree.Element] = ()) -> dict[str, str]:
    """A record as a row: its attributes, then each field by its tag (a second field of one tag, such as an
    Atom entry's HTML copy of its `content`, is left out; a field whose tag an outer one already took is named by
    its parent too: "author_name"), then what the elements it sits in say of it directly, named by their tag (a
    review's product: "Product_id", "Product_Name")."""
    row = {_name(k): v for k, v in element.attrib.items()}
    parents = {child: parent for parent in element.iter() for child in parent}
    seen: set[str] = set()
    for field in _fields(element):
        tag = _name(field.tag)
        if tag in seen:
            continue
        seen.add(tag)
        parent = parents[field]
        column = tag if tag not in row or parent is element else f"{_name(parent.tag)}_{tag}"
        row.setdefault(column, field.text.strip())
    for outer in ancestors:
        said = {**outer.attrib, **{c.tag: c.text.strip() for c in outer if not len(c) and (c.text or "").strip()}}
        for key, value in said.items():
            row.setdefault(f"{_name(outer.tag)}_{_name(key)}", value)
    return row


def read_xml_records(path: Path, notes: list[str] | None = None) -> pd.DataFrame:
    """The records of an XML export as a table of strings, with a note in `notes` saying which elements they
    are; a clear error if the file is no XML or holds none."""
    data = read_bytes(path)
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as exc:
        line, column = exc.position
        raise WorkbenchError(f"{path}: the XML is not well formed at line {line}, column {column + 1} ({exc}); "
                             "export the file again in full.") from None
    tag = record_tag(root)
    if tag is None:
        raise WorkbenchError(f"{path}: the XML holds no records with text; export the messages as CSV or JSON.")
    parents = {child: parent for parent in root.iter() for child in parent}

    def ancestors(element: ElementTree.Element) -> list[ElementTree.Element]:
        """The elements a record sits in, nearest first, below the document's root."""
        out = []
        while (element := parents.get(element)) is not None and element is not root:
            out.append(element)
        return out
    records = list(root.iter(tag))
    if notes is not None:
        notes.append(f"{path.name} is XML: each of its {len(records):,} <{_name(tag)}> elements read as a row (its "
                     "attributes, the fields it holds and those of the elements it sits in, as columns).")
    return pd.DataFrame([record_row(e, ancestors(e)) for e in records], dtype="string")
