"""Online attendance through a real hub on 127.0.0.1: the organiser's station imports a
participants report; the check-ins (method "online") and the online-only attendees reach
the hub and the doors, and stay out of every door's room count."""

from __future__ import annotations

from datetime import datetime

from checkin import occupancy
from checkin.model import Method, Outcome
from checkin.online.attendance import import_report, presence
from checkin.online.records import is_online_only
from checkin.reception import Reception
from tests.fixed_time import NOW
from tests.online.report_files import zoom_csv


def test_online_checkins_sync_through_the_hub(hub, hub_store, make_station, tmp_path):
    desk, desk_engine = make_station("Organisers", hub.url, role="organiser")
    door, door_engine = make_station("Door A", hub.url)
    desk_engine.cycle()
    door_engine.cycle()
    # on site first: John Smith at door A
    assert Reception(door, clock=lambda: NOW).admit(
        hub_store.attendee("p4").token, "plenary").outcome is Outcome.ACCEPTED
    door_engine.cycle()
    stays = [("Hélène Ndayishimiye", "", datetime(2025, 2, 3, 8), datetime(2025, 2, 3, 11)),
             ("John Smith", "", datetime(2025, 2, 3, 8), datetime(2025, 2, 3, 10, 30)),
             ("Gloria Uwase", "gloria@mutuelle.example", datetime(2025, 2, 3, 8, 5),
              datetime(2025, 2, 3, 10, 50))]
    plan = import_report(desk, zoom_csv(tmp_path / "z.csv", stays), "plenary")
    assert len(plan.checkins) == 3 and len(plan.new_attendees) == 1
    gloria = plan.new_attendees[0]

    pushed = desk_engine.cycle()
    assert pushed.error is None and pushed.rejected == 0 and desk.pending_count() == 0
    on_hub = {(c.attendee_id, c.method) for c in hub_store.checkins(session_id="plenary")}
    assert on_hub == {("p1", Method.ONLINE), (gloria.id, Method.ONLINE), ("p4", Method.ONLINE),
                      ("p4", Method.CAMERA)}
    assert is_online_only(hub_store.attendee(gloria.id))

    pulled = door_engine.cycle()
    assert pulled.error is None and pulled.pulled_checkins == 3
    online = [c for c in door.checkins(session_id="plenary") if c.method is Method.ONLINE]
    assert {c.attendee_id for c in online} == {"p1", "p4", gloria.id}
    assert door.attendee(gloria.id).full_name == "Gloria Uwase"
    assert is_online_only(door.attendee(gloria.id))
    assert not is_online_only(door.attendee("p1"))
    # the door's room: John only, whatever came online
    assert occupancy.occupancy(door, door.session("plenary")).inside == 1
    assert door.inside_count("plenary") == 1
    # Hélène followed online; at door A she is let in, not "already checked in"
    assert Reception(door, clock=lambda: NOW).admit(
        door.attendee("p1").token, "plenary").outcome is Outcome.ACCEPTED
    seen = presence(door)["plenary"]
    assert seen.onsite == {"p1", "p4"} and seen.online == {"p1", "p4", gloria.id}
    assert len(seen.everyone) == 3  # present both ways: once
    # the same report imported again at the desk: nothing travels twice
    import_report(desk, tmp_path / "z.csv", "plenary")
    assert desk.pending_count() == 0
