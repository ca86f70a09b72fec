"""The database schema, as sqlite-utils migrations: one function per change, never edited
once released. New columns or tables go in a new function at the end.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("checkin")


@migrations()
def m001_initial(db: Database) -> None:
    db.table("event").create(
        {
            "id": str,
            "code": str,
            "title_fr": str,
            "title_en": str,
            "timezone": str,
            "start_date": str,
            "end_date": str,
            "venue": str,
            "organiser": str,
            "badge_settings": str,  # JSON: colours, logo, title lines
        },
        pk="id",
    )
    db.table("sessions").create(
        {
            "id": str,
            "event_id": str,
            "name_fr": str,
            "name_en": str,
            "starts_at": str,  # UTC ISO
            "ends_at": str,
            "room": str,
            "capacity": int,
            "categories": str,  # JSON list; empty: all categories
            "registration_required": int,
            "reentry": int,
            "updated_at": str,
            "origin": str,
        },
        pk="id",
        not_null={"name_fr", "starts_at", "ends_at"},
    )
    db.table("attendees").create(
        {
            "id": str,
            "event_id": str,
            "token": str,
            "first_name": str,
            "last_name": str,
            "organisation": str,
            "country": str,
            "category": str,
            "language": str,
            "email": str,
            "phone": str,
            "reg_no": str,
            "status": str,
            "workshops": str,  # JSON list of session ids
            "notes": str,
            "badge_printed_at": str,
            "updated_at": str,
            "origin": str,
        },
        pk="id",
        not_null={"token"},
    )
    db.table("attendees").create_index(["token"], unique=True)
    db.table("attendees").create_index(["reg_no"])
    db.table("attendees").create_index(["email"])
    db.table("stations").create(
        {"id": str, "name": str, "last_seen": str, "pending": int}, pk="id"
    )
    db.table("checkins").create(
        {
            "uuid": str,
            "attendee_id": str,
            "session_id": str,
            "station_id": str,
            "at": str,  # UTC ISO
            "method": str,
            "direction": str,
            "override": int,
            "voided": int,
        },
        pk="uuid",
        not_null={"attendee_id", "session_id", "at"},
    )
    db.table("checkins").create_index(["attendee_id", "session_id"])
    db.table("checkins").create_index(["session_id", "at"])
    db.table("checkins").create_index(["at"])
    # An undo is an event of its own, so that merging stations stays a union.
    db.table("voids").create(
        {"uuid": str, "checkin_uuid": str, "station_id": str, "at": str},
        pk="uuid",
    )
    db.table("voids").create_index(["checkin_uuid"])
    db.table("outbox").create(
        {
            "id": int,
            "kind": str,  # checkin | void | attendee
            "ref": str,
            "created_at": str,
            "pushed_at": str,
        },
        pk="id",
    )
    db.table("outbox").create_index(["pushed_at", "id"])
    db.table("sync_state").create({"key": str, "value": str}, pk="key")
    db.table("settings").create({"key": str, "value": str}, pk="key")


@migrations()
def m002_sync_hub(db: Database) -> None:
    """Sync: the hub's change sequence and station tokens, and items a source refused."""
    # Every record the hub holds gets a server sequence; a new version of a record takes a
    # new, higher one (the old row is replaced), so the feed stays as long as the data.
    db.execute(
        "create table hub_changes (seq integer primary key autoincrement,"
        " kind text not null, ref text not null)"
    )
    db.execute("create unique index hub_changes_kind_ref on hub_changes (kind, ref)")
    db.table("hub_tokens").create(
        {
            "id": str,
            "name": str,
            "token_hash": str,  # sha256 of the token: the token itself is never stored
            "created_at": str,
            "revoked_at": str,
            "last_seen": str,
            "station_id": str,
        },
        pk="id",
    )
    db.table("hub_tokens").create_index(["token_hash"], unique=True)
    db.table("sync_rejections").create(
        {"id": int, "outbox_id": int, "kind": str, "ref": str, "reason": str, "at": str},
        pk="id",
    )


@migrations()
def m003_search_log(db: Database) -> None:
    """A change log of attendees for the in-memory search index (:mod:`checkin.search`).

    Triggers, not the store's methods, fill it, so that every path that writes an attendee
    (import, walk-in, sync pull, another process) keeps the search current. One row per
    attendee, so the log never outgrows the list.
    """
    db.execute(
        "create table search_log (attendee_id text primary key, seq integer not null)"
    )
    db.execute("create index search_log_seq on search_log (seq)")
    for verb, ref in (("insert", "new"), ("update", "new"), ("update", "old"), ("delete", "old")):
        db.execute(
            # Delete then insert: a conflict clause inside a trigger gives way to the outer
            # statement's (sqlite-utils upserts), so none is used.
            f"create trigger search_log_{verb}_{ref} after {verb} on attendees begin"
            f" delete from search_log where attendee_id = {ref}.id;"
            f" insert into search_log (attendee_id, seq) values ({ref}.id,"
            "  (select coalesce(max(seq), 0) + 1 from search_log));"
            " end"
        )


@migrations()
def m004_hub_token_roles(db: Database) -> None:
    """Hub tokens get a role: door, desk or organiser (:class:`checkin.hub.tokens.Role`).

    Tokens made before roles could push people and void any check-in, which is what a desk
    may do; they become desk tokens, so no station stops syncing mid-event and none gains the
    organiser's powers. ``checkin hub token list`` shows each token's role.
    """
    db.table("hub_tokens").add_column("role", str)
    db.execute("update hub_tokens set role = 'desk' where role is null")


@migrations()
def m005_programme(db: Database) -> None:
    """The programme as organisers keep it (:mod:`checkin.programme`): pretix's two entry
    flags and its "accept unpaid" on each session; a session removed from the programme is
    kept as a tombstone so that its removal travels through sync like any other change;
    an attendee's workshops cell kept as written until the sessions it names exist."""
    sessions = db.table("sessions")
    sessions.add_column("allow_entry_after_exit", int, not_null_default=1)
    sessions.add_column("accept_unpaid", int, not_null_default=0)
    sessions.add_column("removed", int, not_null_default=0)
    db.table("attendees").add_column("pending_workshops", str, not_null_default="")


@migrations()
def m006_admission_rules(db: Database) -> None:
    """The admission rules of the organisers' server, kept for deciding offline.

    Sessions: pretix's "allow multiple entries" under its own name (``reentry`` becomes
    ``allow_multiple_entries``), pretix's custom rules (JSON logic) and the time doors open.
    Attendees: the attention flag and the note for the
    door, pretix's product and variation, and the ticket's own validity.
    """
    db.execute("alter table sessions rename column reentry to allow_multiple_entries")
    db.table("sessions").add_column("rules", str, not_null_default="")
    db.table("sessions").add_column("admission_at", str)
    db.table("attendees").add_column("attention", int, not_null_default=0)
    db.table("attendees").add_column("door_note", str, not_null_default="")
    db.table("attendees").add_column("product", str, not_null_default="")
    db.table("attendees").add_column("variation", str, not_null_default="")
    db.table("attendees").add_column("valid_from", str)
    db.table("attendees").add_column("valid_until", str)
    # Blocked tickets used to be stored as cancelled with a note saying so.
    db.execute(
        "update attendees set status = 'blocked', notes = ''"
        " where status = 'cancelled' and notes = 'Ticket blocked in pretix.'"
    )


@migrations()
def m007_hub_enrolments(db: Database) -> None:
    """One-time enrolment codes for pairing a station by QR code (:mod:`checkin.hub.pairing`):
    the code's hash, the station's name and role, when it expires, and when and by which
    station it was used."""
    db.table("hub_enrolments").create(
        {"id": str, "name": str, "role": str, "code_hash": str, "created_at": str,
         "expires_at": str, "used_at": str, "used_by": str},
        pk="id",
    )
    db.table("hub_enrolments").create_index(["code_hash"], unique=True)


@migrations()
def m008_hub_quarantine(db: Database) -> None:
    """Check-ins the hub keeps aside because the person or the session they name is not
    there (yet): :mod:`checkin.hub.quarantine`. Empty on a station."""
    db.table("hub_quarantine").create(
        {
            "id": int,
            "kind": str,  # checkin
            "ref": str,  # its uuid
            "record": str,  # JSON, as it was pushed (already checked by checkin.sync.records)
            "reason": str,
            "station_id": str,  # who sent it
            "received_at": str,
        },
        pk="id",
    )
    db.table("hub_quarantine").create_index(["kind", "ref"], unique=True)


@migrations()
def m009_online_reviews(db: Database) -> None:
    """Online attendance (:mod:`checkin.online`): the matches of a participants report the
    station was not sure of, kept until the organiser confirms or rejects each. One per
    session and participant (their key: the e-mail, else the folded name); ``candidates`` is
    a JSON list of [attendee id, why]; ``status`` pending, confirmed or rejected, with the
    attendee the participant stands for once decided. Local to the station, never synced:
    the check-ins a decision records are."""
    db.table("online_reviews").create(
        {
            "id": int,
            "session_id": str,
            "key": str,
            "name": str,
            "email": str,
            "platform": str,
            "minutes": float,
            "first_join": str,
            "present": int,
            "reason": str,
            "candidates": str,
            "status": str,
            "attendee_id": str,
            "created_at": str,
            "decided_at": str,
        },
        pk="id",
        not_null={"session_id", "key"},
    )
    db.table("online_reviews").create_index(["session_id", "key"], unique=True)
    db.table("online_reviews").create_index(["key"])


@migrations()
def m010_receivers(db: Database) -> None:
    """Interpretation receivers (:mod:`checkin.receivers`): the receivers, by the number on
    their label, and their loans as append-only events (lent, taken back), which sync merges
    as a union like check-ins."""
    db.table("receivers").create(
        {"id": str, "note": str, "channel": str, "updated_at": str, "origin": str},
        pk="id",
        not_null={"id"},
    )
    db.table("receiver_loans").create(
        {
            "uuid": str,
            "receiver_id": str,
            "action": str,  # lend | return
            "attendee_id": str,
            "station_id": str,
            "at": str,  # UTC ISO
        },
        pk="uuid",
        not_null={"receiver_id", "action", "at"},
    )
    db.table("receiver_loans").create_index(["receiver_id", "at"])
    db.table("receiver_loans").create_index(["attendee_id"])
