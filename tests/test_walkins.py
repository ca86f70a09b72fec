"""Walk-ins: validation, "already here?" detection, and registration through reception."""

from __future__ import annotations

from dataclasses import replace

import pytest

from checkin import tokens
from checkin.model import Method, Outcome
from checkin.walkins import (
    Field,
    FieldProblem,
    InvalidWalkIn,
    MatchReason,
    Problem,
    WalkInForm,
    find_duplicates,
    name_key,
    register,
    validate,
)


def form(**changes) -> WalkInForm:
    base = dict(
        first_name="Aline",
        last_name="Irakoze",
        organisation="Mutuelle de Santé de Gitega",
        country="Burundi",
        category="participant",
        language="fr",
        email="aline.irakoze@example.bi",
        phone="",
    )
    base.update(changes)
    return WalkInForm(**base)


def test_a_complete_form_is_valid():
    assert validate(form()) == ()
    assert validate(form(email="", phone="+257 79 12 34 56")) == ()


def test_missing_names_and_contact_are_reported_per_field():
    problems = validate(form(first_name="  ", last_name="", email="", phone=""))
    assert FieldProblem(Field.FIRST_NAME, Problem.MISSING) in problems
    assert FieldProblem(Field.LAST_NAME, Problem.MISSING) in problems
    assert FieldProblem(Field.EMAIL, Problem.NO_CONTACT) in problems


@pytest.mark.parametrize("email", ["aline", "aline@", "a b@x.bi", "@example.bi"])
def test_bad_emails_are_refused(email):
    assert FieldProblem(Field.EMAIL, Problem.BAD_EMAIL) in validate(form(email=email))


@pytest.mark.parametrize("phone", ["12", "phone me", "+257 abc"])
def test_bad_phones_are_refused(phone):
    assert FieldProblem(Field.PHONE, Problem.BAD_PHONE) in validate(form(phone=phone))


def test_unknown_category_and_language_are_refused():
    problems = validate(form(category="king", language="de"))
    assert FieldProblem(Field.CATEGORY, Problem.UNKNOWN_CATEGORY) in problems
    assert FieldProblem(Field.LANGUAGE, Problem.UNKNOWN_LANGUAGE) in problems


def test_name_key_ignores_accents_order_and_punctuation():
    assert name_key("Élodie", "Nkurunziza-Habonimana") == name_key(
        "nkurunziza habonimana", "ELODIE"
    )


def test_same_email_is_a_duplicate(small_event):
    small_event.upsert_attendees([replace(small_event.attendee("p4"), email="John.Smith@ilo.org")])
    matches = find_duplicates(small_event, form(first_name="Jon", last_name="Smyth",
                                                email="john.smith@ILO.org ", organisation=""))
    assert [(m.attendee.id, m.reason) for m in matches] == [("p4", MatchReason.SAME_EMAIL)]


def test_same_phone_with_or_without_country_code_is_a_duplicate(small_event):
    small_event.upsert_attendees([replace(small_event.attendee("p1"), phone="+257 79 12 34 56")])
    matches = find_duplicates(small_event, form(email="", phone="79 123 456"))
    assert [(m.attendee.id, m.reason) for m in matches] == [("p1", MatchReason.SAME_PHONE)]


def test_a_similar_name_in_the_same_organisation_is_a_duplicate(small_event):
    matches = find_duplicates(
        small_event,
        form(first_name="Helene", last_name="Ndayishimye",
             organisation="mutuelle de la fonction publique", email="other@example.bi"),
    )
    assert [(m.attendee.id, m.reason) for m in matches] == [("p1", MatchReason.SIMILAR_NAME)]
    assert 0.85 <= matches[0].similarity < 1


def test_a_similar_name_elsewhere_or_a_different_name_is_not(small_event):
    assert find_duplicates(
        small_event,
        form(first_name="Hélène", last_name="Ndayishimiye", organisation="ILO"),
    ) == []
    assert find_duplicates(
        small_event,
        form(first_name="Jean", last_name="Habimana",
             organisation="Mutuelle de la Fonction Publique"),
    ) == []


def test_register_creates_the_attendee_with_a_token_and_checks_in(reception):
    store = reception.store
    before = store.pending_count()
    result = register(reception, form(), "plenary")
    assert result.admission.outcome is Outcome.ACCEPTED
    assert result.admission.checkin.method is Method.WALK_IN
    saved = store.attendee(result.attendee.id)
    assert saved.full_name == "Aline Irakoze"
    assert saved.origin == "walk-in"
    assert tokens.parse(saved.token, "TST25").kind is tokens.CodeKind.OURS
    # the attendee and the check-in both wait in the outbox for sync
    kinds = [row["kind"] for row in store.pending()][before:]
    assert kinds == ["attendee", "checkin"]


def test_register_at_a_workshop_door_registers_for_the_workshop(reception):
    result = register(reception, form(), "workshop-a")
    assert result.admission.outcome is Outcome.ACCEPTED
    assert result.attendee.workshops == ("workshop-a",)


def test_register_into_a_session_for_other_categories_is_refused_not_forced(reception):
    result = register(reception, form(), "speakers")
    assert result.admission.outcome is Outcome.NOT_ADMITTED
    assert result.admission.override_allowed
    assert reception.store.attendee(result.attendee.id) is not None


def test_register_refuses_an_invalid_form_and_writes_nothing(reception):
    count = reception.store.count_attendees()
    with pytest.raises(InvalidWalkIn) as error:
        register(reception, form(last_name=""), "plenary")
    assert error.value.problems == (FieldProblem(Field.LAST_NAME, Problem.MISSING),)
    assert reception.store.count_attendees() == count
