"""Importing the attendee list from a registration form's spreadsheet (CSV or XLSX).

The file is read by :mod:`checkin.spreadsheet`; here the header row is found (under any
title rows), its columns recognised in French or English (or mapped by hand), each line
checked, matched with the people already in the database, and the whole written in one
transaction. The answer is an :class:`ImportReport`: for every line, taken, updated,
unchanged, skipped or refused, and why.

All or nothing: if any line is refused, nothing is written (unless the caller asks for
``accept_partial``), so the list in the database is always one the organisers saw whole.
Blank lines and section titles merged across the row are skipped, not refused: they are
not people, and refusing them would block a good list for a cosmetic row.

Re-importing an updated list updates people in place, matched by registration number, else
e-mail, else name and organisation; their id, badge token, printed badge and check-ins stay.
A blank cell keeps what the database holds (a list exported without phone numbers must not
erase them), unless the organiser asks that blanks clear (``blank_clears``); columns absent
from the file leave what the database has. The report names, for each person updated, each
field that changes, from what to what, and the fields a blank cell left as they were.

A workshops column read before the programme exists is kept as written
(``Attendee.pending_workshops``) and read when the programme is imported
(:mod:`checkin.programme`). A workbook that holds the programme too (a "Programme" sheet) has
it imported first, in the same transaction.
"""

from __future__ import annotations

import enum
import random
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from checkin import tokens
from checkin.import_columns import (
    EMAIL,
    STATUSES,
    Change,
    Column,
    Field,
    ImportFileError,
    best_table,
    header_key,
    parse_mapping,
)
from checkin.model import Attendee, Category, Event, Language, utcnow
from checkin.spreadsheet import Row, SpreadsheetError, Table, read
from checkin.store import Store
from checkin.workshops import UnknownWorkshop, WorkshopNames

if TYPE_CHECKING:
    from checkin.programme import ProgrammeReport

__all__ = [
    "Action", "Column", "Field", "ImportFileError", "ImportLine", "ImportReport", "Reason",
    "import_file", "import_table", "parse_mapping",
]
MAX_CELL = 1000  # no name, organisation or note is longer; longer is a broken export

# --- the report -----------------------------------------------------------------------------

class Action(enum.Enum):
    TAKEN = "taken"  # a new person
    UPDATED = "updated"  # a person already here, with changes
    UNCHANGED = "unchanged"  # a person already here, nothing new
    SKIPPED = "skipped"  # not a person: blank line, section title
    REFUSED = "refused"


class Reason(enum.Enum):
    BLANK = "blank line"
    HEADING = "title row merged across columns"
    MISSING_NAME = "missing name"
    MALFORMED_EMAIL = "malformed e-mail"
    SHORT_LINE = "short line"
    LONG_LINE = "more cells than columns"
    DUPLICATE_ID = "duplicate registration number"
    DUPLICATE_PERSON = "same person twice"
    MERGED_CELLS = "cells merged across columns"
    UNKNOWN_CATEGORY = "unknown category"
    UNKNOWN_STATUS = "unknown status"
    UNKNOWN_LANGUAGE = "unknown language"
    UNKNOWN_WORKSHOP = "unknown workshop"
    TOO_LONG = "cell too long"


@dataclass(frozen=True)
class ImportLine:
    line: int
    action: Action
    reason: Reason | None = None
    detail: str = ""  # the words: which value, which other line
    attendee_id: str = ""
    name: str = ""
    changes: tuple[Change, ...] = ()  # for UPDATED: each field, from what to what
    kept: tuple[str, ...] = ()  # fields left as stored because the line's cell was blank

    def describe(self) -> str:
        head = f"line {self.line}: {self.action.value}"
        if self.name:
            head += f" {self.name}"
        if self.reason is not None:
            head += f" — {self.reason.value}"
        if self.detail:
            head += f" ({self.detail})"
        for change in self.changes:
            head += f"\n      {change.describe()}"
        if self.kept:
            head += f"\n      blank in the file, kept: {', '.join(self.kept)}"
        return head


@dataclass(frozen=True)
class ImportReport:
    source: str
    kind: str  # csv / xlsx
    encoding: str
    separator: str
    sheet: str
    header_line: int
    columns: tuple[Column, ...]
    ignored_columns: tuple[str, ...]
    lines: tuple[ImportLine, ...]
    dry_run: bool
    committed: bool  # the import went through (False for a dry run or a refused file)
    event_created: bool = False
    left_alone: int = 0  # people in the database the file does not mention
    blank_clears: bool = False  # blank cells erased stored values (else they kept them)
    workshops_pending: int = 0  # people whose workshops wait for the programme
    programme: ProgrammeReport | None = None  # the workbook's "Programme" sheet, first

    def count(self, action: Action) -> int:
        return sum(1 for line in self.lines if line.action is action)

    @property
    def taken(self) -> int:
        return self.count(Action.TAKEN)

    @property
    def updated(self) -> int:
        return self.count(Action.UPDATED)

    @property
    def unchanged(self) -> int:
        return self.count(Action.UNCHANGED)

    @property
    def skipped(self) -> int:
        return self.count(Action.SKIPPED)

    @property
    def refused(self) -> int:
        return self.count(Action.REFUSED)

    @property
    def refusals(self) -> tuple[ImportLine, ...]:
        return tuple(line for line in self.lines if line.action is Action.REFUSED)

    def summary(self) -> str:
        figures = (f"{self.taken} new, {self.updated} updated, {self.unchanged} unchanged, "
                   f"{self.refused} refused, {self.skipped} skipped")
        if self.dry_run:
            return f"Dry run, nothing written: {figures}."
        if self.committed:
            return f"Imported: {figures}."
        return f"Nothing imported, because {self.refused} line(s) were refused: {figures}."


# --- one line --------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Parsed:
    values: dict[Field, Any]  # text or parsed value, only the columns the file has
    key_reg: str
    key_email: str
    key_name: str


def split_full_name(text: str) -> tuple[str, str]:
    """"Hélène NDAYISHIMIYE" → (Hélène, NDAYISHIMIYE); without a word in capitals, the last
    word is the surname."""
    words = text.split()
    capitals = [w for w in words if len(w) > 1 and w.isupper()]
    if capitals and len(capitals) < len(words):
        return " ".join(w for w in words if w not in capitals), " ".join(capitals)
    if len(words) == 1:
        return "", words[0]
    return " ".join(words[:-1]), words[-1]


class _Refusal(Exception):
    def __init__(self, reason: Reason, detail: str = ""):
        super().__init__(reason, detail)
        self.reason, self.detail = reason, detail


def _parse(row: Row, columns: Sequence[Column], workshops: WorkshopNames | None) -> _Parsed:
    values: dict = {}
    for column in columns:
        text = row.cells[column.index] if column.index < len(row.cells) else ""
        if len(text) > MAX_CELL:
            raise _Refusal(Reason.TOO_LONG, f"{column.header}: {len(text)} characters")
        values[column.field] = " ".join(text.split()) if column.field is not Field.WORKSHOPS else text
    if Field.FULL_NAME in values:
        first, last = split_full_name(values.pop(Field.FULL_NAME))
        values.setdefault(Field.FIRST_NAME, first)
        values.setdefault(Field.LAST_NAME, last)
    if not values.get(Field.FIRST_NAME) and not values.get(Field.LAST_NAME):
        raise _Refusal(Reason.MISSING_NAME)
    email = values.get(Field.EMAIL, "")
    if email:
        if not EMAIL.match(email):
            raise _Refusal(Reason.MALFORMED_EMAIL, repr(email))
        values[Field.EMAIL] = email.lower()
    if values.get(Field.CATEGORY):
        category = Category.parse(values[Field.CATEGORY])
        if category is None:
            raise _Refusal(Reason.UNKNOWN_CATEGORY, repr(values[Field.CATEGORY]))
        values[Field.CATEGORY] = category
    if values.get(Field.STATUS):
        status = STATUSES.get(header_key(values[Field.STATUS]))
        if status is None:
            raise _Refusal(Reason.UNKNOWN_STATUS, repr(values[Field.STATUS]))
        values[Field.STATUS] = status
    if values.get(Field.LANGUAGE):
        language = Language.parse(values[Field.LANGUAGE])
        if language is None:
            raise _Refusal(Reason.UNKNOWN_LANGUAGE, repr(values[Field.LANGUAGE]))
        values[Field.LANGUAGE] = language
    if Field.WORKSHOPS in values:
        if workshops is None:
            values[Field.WORKSHOPS] = " ".join(values[Field.WORKSHOPS].split())  # as written
        else:
            try:
                values[Field.WORKSHOPS] = workshops.ids(values[Field.WORKSHOPS])
            except UnknownWorkshop as error:
                raise _Refusal(Reason.UNKNOWN_WORKSHOP, str(error)) from None
    if Field.REG_NO in values:
        values[Field.REG_NO] = values[Field.REG_NO].strip()
    name_key = header_key(f"{values.get(Field.FIRST_NAME, '')} {values.get(Field.LAST_NAME, '')}")
    return _Parsed(
        values,
        key_reg=values.get(Field.REG_NO, "").upper(),
        key_email=values.get(Field.EMAIL, ""),
        key_name=f"{name_key}|{header_key(values.get(Field.ORGANISATION, ''))}",
    )


def _shape_refusal(row: Row, columns: Sequence[Column], width: int, kind: str) -> ImportLine | None:
    """Blank lines, section titles, short and long lines, merged cells: before any value."""
    if not any(row.cells):
        return ImportLine(row.line, Action.SKIPPED, Reason.BLANK)
    wanted = {c.index for c in columns}
    if row.merged_across & wanted:
        filled = [c for c in row.cells if c]
        if len(filled) == 1 and len(row.merged_across) >= 3:
            return ImportLine(row.line, Action.SKIPPED, Reason.HEADING, filled[0][:60])
        return ImportLine(row.line, Action.REFUSED, Reason.MERGED_CELLS)
    if kind == "csv":
        needed = max(wanted) + 1
        if len(row.cells) < needed:
            return ImportLine(row.line, Action.REFUSED, Reason.SHORT_LINE,
                              f"{len(row.cells)} cells, {needed} expected")
        extra = [c for c in row.cells[width:] if c]
        if extra:
            return ImportLine(row.line, Action.REFUSED, Reason.LONG_LINE,
                              f"{len(row.cells)} cells for {width} columns")
    return None


# --- the import ------------------------------------------------------------------------------

_TEXT_FIELDS = {
    Field.FIRST_NAME: "first_name", Field.LAST_NAME: "last_name",
    Field.ORGANISATION: "organisation", Field.COUNTRY: "country", Field.EMAIL: "email",
    Field.PHONE: "phone", Field.NOTES: "notes", Field.WORKSHOPS: "workshops",
    Field.DOOR_NOTE: "door_note",
}
# Empty category, status or language: the default for a newcomer, kept for the others;
# an empty registration number never erases one (it is how the next import finds them).
_DEFAULTED = {Field.CATEGORY: "category", Field.STATUS: "status",
              Field.LANGUAGE: "language", Field.REG_NO: "reg_no"}
# What a report shows changing, in this order.
SHOWN = ("first_name", "last_name", "organisation", "country", "category", "language",
         "email", "phone", "reg_no", "status", "workshops", "pending_workshops", "notes",
         "door_note")


def _shown(value) -> str:
    if isinstance(value, tuple):
        return ", ".join(value)
    return "" if value is None else str(value)


def person_changes(old: Attendee, new: Attendee) -> tuple[Change, ...]:
    """Each field that differs, from what to what, as a report shows it."""
    return tuple(Change(attr, _shown(getattr(old, attr)), _shown(getattr(new, attr)))
                 for attr in SHOWN if getattr(old, attr) != getattr(new, attr))


def _apply(existing: Attendee | None, values: Mapping[Field, Any], event: Event, *,
           blank_clears: bool = False, pending: bool = False,
           rng: random.Random | None = None) -> tuple[Attendee, tuple[str, ...]]:
    """The person as the line makes them, and the fields left as stored because the
    line's cell was blank (a blank cell keeps the stored value unless ``blank_clears``).
    ``pending``: the workshops cell names sessions not imported yet; it is kept as written."""
    # the cells' values, as parsed (_parse): texts, a Category, a Language, a status, ids
    changes: dict[str, Any] = {attr: values[f] for f, attr in _TEXT_FIELDS.items()
                               if f in values}
    changes.update({attr: values[f] for f, attr in _DEFAULTED.items() if values.get(f)})
    if pending and "workshops" in changes:
        text = changes.pop("workshops")
        if text:
            changes["pending_workshops"] = text
    elif "workshops" in changes and (changes["workshops"] or blank_clears):
        changes["pending_workshops"] = ""  # the programme is here: the cell is read now
    if existing is None:
        changes = {"first_name": "", "last_name": "", **changes}
        new_id = str(uuid.UUID(int=rng.getrandbits(128), version=4) if rng else uuid.uuid4())
        return Attendee(id=new_id, event_id=event.id, token=tokens.new_token(event.code, rng),
                        origin="import", **changes), ()
    kept: tuple[str, ...] = ()
    if not blank_clears:
        kept = tuple(attr for attr, value in changes.items()
                     if not value and getattr(existing, attr))
        changes = {attr: value for attr, value in changes.items() if attr not in kept}
    return replace(existing, **changes), kept


def _index(people: Iterable[Attendee]) -> tuple[
        dict[str, Attendee], dict[str, list[Attendee]], dict[str, Attendee]]:
    by_reg: dict[str, Attendee] = {}
    by_email: dict[str, list[Attendee]] = {}
    by_name: dict[str, Attendee] = {}
    for a in people:
        if a.reg_no:
            by_reg.setdefault(a.reg_no.upper(), a)
        if a.email:
            by_email.setdefault(a.email.lower(), []).append(a)
        by_name.setdefault(_name_key(a), a)
    return by_reg, by_email, by_name


def _name_key(a: Attendee) -> str:
    return f"{header_key(f'{a.first_name} {a.last_name}')}|{header_key(a.organisation)}"


def _match(parsed: _Parsed, indexes) -> Attendee | None:
    by_reg, by_email, by_name = indexes
    if parsed.key_reg and parsed.key_reg in by_reg:
        return by_reg[parsed.key_reg]
    sharing = by_email.get(parsed.key_email, []) if parsed.key_email else []
    if len(sharing) > 1:  # one address for several people: an assistant registered them
        sharing = [a for a in sharing if _name_key(a) == parsed.key_name]
    for candidate in (sharing[0] if len(sharing) == 1 else None, by_name.get(parsed.key_name)):
        # Someone else's registration number means someone else, whatever the name.
        if candidate is not None and (not parsed.key_reg or not candidate.reg_no
                                      or candidate.reg_no.upper() == parsed.key_reg):
            return candidate
    return None


def import_table(
    store: Store,
    table: Table,
    *,
    source: str = "",
    mapping: Mapping[str, Field] | None = None,
    dry_run: bool = False,
    accept_partial: bool = False,
    new_event: Event | None = None,
    tables: Sequence[Table] | None = None,
    blank_clears: bool = False,
    rng: random.Random | None = None,
) -> ImportReport:
    """Check every line of ``table`` (or the best of ``tables``) and write the result.

    A blank cell keeps what the database holds for a person already there, unless
    ``blank_clears``: then it erases it (the file is the truth for its columns). ``rng`` (a
    seeded ``random.Random``) makes newcomers' ids and badge tokens reproducible: for the demo
    only, never for real badges."""
    mapping = {header_key(k): Field(v) for k, v in (mapping or {}).items()}
    table, (header_at, columns, ignored) = best_table(tables or [table], mapping, source or "the file")
    event = store.event()
    event_created = False
    if event is None:
        if new_event is None and not dry_run:
            raise ImportFileError(
                "No event in this database yet: name it with --event-code CODE (the prefix "
                "printed on every badge, e.g. IMC25) and --event-title TITLE."
            )
        event = new_event or Event("new", "NEW", "", "", "UTC", date.today(), date.today())
        event_created = True
    sessions = store.sessions()
    # No programme yet: each workshops cell is kept as written (Attendee.pending_workshops)
    # and read when the programme arrives (checkin.programme), never dropped.
    workshops = WorkshopNames(sessions) if sessions else None
    people = store.attendees()
    indexes = _index(people)
    width = max(c.index for c in columns) + 1
    width = max(width, len(table.rows[header_at].cells))

    lines: list[ImportLine] = []
    to_write: list[Attendee] = []
    pending = 0
    seen_reg: dict[str, int] = {}
    seen_person: dict[str, int] = {}  # matched attendee id, or the line's own keys → line
    for row in table.rows[header_at + 1:]:
        shape = _shape_refusal(row, columns, width, table.kind)
        if shape is not None:
            lines.append(shape)
            continue
        try:
            parsed = _parse(row, columns, workshops)
        except _Refusal as refusal:
            lines.append(ImportLine(row.line, Action.REFUSED, refusal.reason, refusal.detail,
                                    name=_row_name(row, columns)))
            continue
        name = f"{parsed.values.get(Field.FIRST_NAME, '')} {parsed.values.get(Field.LAST_NAME, '')}".strip()
        if parsed.key_reg:
            if parsed.key_reg in seen_reg:
                lines.append(ImportLine(row.line, Action.REFUSED, Reason.DUPLICATE_ID,
                                        f"{parsed.values[Field.REG_NO]} is on line "
                                        f"{seen_reg[parsed.key_reg]} too",
                                        name=name))
                continue
            seen_reg[parsed.key_reg] = row.line
        existing = _match(parsed, indexes)
        # Two lines for one person: the same person matched twice, or, for a line with no
        # number to tell it apart, the same name and organisation as an earlier line.
        keys = [f"id:{existing.id}"] if existing else []
        checked = keys if parsed.key_reg else [*keys, f"name:{parsed.key_name}"]
        twice = next((seen_person[k] for k in checked if k in seen_person), None)
        if twice is not None:
            lines.append(ImportLine(row.line, Action.REFUSED, Reason.DUPLICATE_PERSON,
                                    f"as on line {twice}", name=name))
            continue
        for k in (*keys, f"name:{parsed.key_name}"):
            seen_person.setdefault(k, row.line)
        attendee, kept = _apply(existing, parsed.values, event, blank_clears=blank_clears,
                                pending=workshops is None, rng=rng)
        changes: tuple[Change, ...] = ()
        if existing is None:
            action = Action.TAKEN
        elif attendee == existing and attendee.pending_workshops == existing.pending_workshops:
            action = Action.UNCHANGED
        else:
            action = Action.UPDATED
            changes = person_changes(existing, attendee)
            attendee = replace(attendee, updated_at=utcnow())
        if attendee.pending_workshops and (existing is None or attendee.pending_workshops
                                           != existing.pending_workshops):
            pending += 1
        if action is not Action.UNCHANGED:
            to_write.append(attendee)
        lines.append(ImportLine(row.line, action, attendee_id=attendee.id, name=name,
                                changes=changes, kept=kept))

    refused = any(line.action is Action.REFUSED for line in lines)
    commit = not dry_run and (accept_partial or not refused)
    if commit:
        with store.transaction():
            if event_created:
                store.save_event(event)
            if to_write:
                store.upsert_attendees(to_write)
    mentioned = {line.attendee_id for line in lines if line.attendee_id}
    return ImportReport(
        source=source,
        kind=table.kind,
        encoding=table.encoding,
        separator=table.separator,
        sheet=table.sheet,
        header_line=table.rows[header_at].line,
        columns=tuple(columns),
        ignored_columns=tuple(ignored),
        lines=tuple(lines),
        dry_run=dry_run,
        committed=commit,
        event_created=event_created and commit,
        left_alone=sum(1 for a in people if a.id not in mentioned),
        blank_clears=blank_clears,
        workshops_pending=pending,
    )


def _row_name(row: Row, columns: Sequence[Column]) -> str:
    order = (Field.FIRST_NAME, Field.LAST_NAME, Field.FULL_NAME)
    named = sorted((c for c in columns if c.field in order), key=lambda c: order.index(c.field))
    parts = [row.cells[c.index] for c in named if c.index < len(row.cells)]
    return " ".join(p for p in parts if p)[:80]


class _Rollback(Exception):
    """Undo a workbook's programme and attendees together (a dry run, or a refusal)."""


def import_file(
    store: Store,
    path: str | Path,
    *,
    sheet: str | None = None,
    mapping: Mapping[str, Field] | None = None,
    dry_run: bool = False,
    accept_partial: bool = False,
    new_event: Event | None = None,
    blank_clears: bool = False,
    rng: random.Random | None = None,
) -> ImportReport:
    """Import a CSV or XLSX file; see the module's docstring for the rules.

    A workbook that also holds the programme (a sheet such as "Programme", recognised by its
    columns) has it imported first, in the same transaction: both go in, or neither; the
    programme's own report is ``report.programme``.
    """
    from checkin.programme import is_programme, programme_table

    path = Path(path)
    try:
        tables = read(path, sheet=sheet)
    except SpreadsheetError as error:
        raise ImportFileError(str(error)) from error
    if not tables:
        raise ImportFileError(f"{path.name} is empty.")
    options: dict[str, Any] = dict(source=path.name, mapping=mapping, dry_run=dry_run,
                                   accept_partial=accept_partial, new_event=new_event,
                                   blank_clears=blank_clears, rng=rng)
    programme = programme_table(tables)
    people = [t for t in tables if t is not programme and not is_programme(t)]
    if programme is not None and (tables[0].kind == "csv" or not people):
        where = f"The sheet {sheet!r}" if sheet else path.name
        raise ImportFileError(f"{where} is a programme, not a list of people: import it with "
                              "checkin programme import (or the window's programme import).")
    if programme is None:
        return import_table(store, tables[0], tables=tables, **options)
    return _import_workbook(store, programme, people, **options)


def _import_workbook(store: Store, programme_sheet: Table, people: Sequence[Table], *,
                     dry_run: bool, accept_partial: bool, new_event: Event | None,
                     **options) -> ImportReport:
    """The programme sheet, then the people (whose workshops name its sessions), in one
    transaction rolled back for a dry run or a refusal."""
    from checkin.programme import import_programme_table

    outcome: dict = {}
    try:
        with store.transaction():
            event_created = False
            if store.event() is None and new_event is not None:
                store.save_event(new_event)
                event_created = True
            source = options["source"]
            programme = import_programme_table(store, programme_sheet, source=source)
            report = import_table(store, people[0], tables=people, dry_run=dry_run,
                                  accept_partial=accept_partial, **options)
            outcome.update(programme=programme, report=report, event_created=event_created)
            if dry_run or programme.refused or not report.committed:
                raise _Rollback
    except _Rollback:
        programme, report = outcome["programme"], outcome["report"]
        return replace(report, committed=False, event_created=False,
                       programme=replace(programme, committed=False, dry_run=dry_run))
    return replace(outcome["report"], programme=outcome["programme"],
                   event_created=outcome["event_created"] or outcome["report"].event_created)
