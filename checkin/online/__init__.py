"""Online attendance: the participants reports of Zoom, Microsoft Teams and Webex, read,
matched to the registrants, and recorded as check-ins with the method "online".

- :mod:`checkin.online.readers` turns a report file into a :class:`~checkin.online.readers.Report`
  (the platform it came from, one :class:`~checkin.online.readers.Join` per join / leave);
- :mod:`checkin.online.matching` finds the registrant each participant is (e-mail first, then
  the name folded as search folds it), or says it is not sure;
- :mod:`checkin.online.attendance` sums each person's minutes, decides who was present, plans
  the import (nothing written: a dry run shows the plan) and applies it; uncertain matches
  wait in the store for the organiser (:func:`~checkin.online.attendance.confirm`,
  :func:`~checkin.online.attendance.reject`); :func:`~checkin.online.attendance.presence`
  gives, per session, who came on site, online, or both.

Online check-ins are never in the room: occupancy leaves them out, the door does not take
them for "already checked in", and pretix (which has no online check-ins) is not sent them.
They travel through the venue's hub like any other check-in.
"""
