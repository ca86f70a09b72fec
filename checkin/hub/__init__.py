"""The venue hub: the small sync server the stations of one venue pull from and push to.

It keeps the same records as a station, in the same :class:`~checkin.store.Store`, plus a
change sequence (:mod:`checkin.hub.feed`) and one bearer token per station
(:mod:`checkin.hub.tokens`). :mod:`checkin.hub.app` is the Starlette application,
:mod:`checkin.hub.server` runs it under uvicorn. The protocol is in ``docs/sync-protocol.md``
and served as OpenAPI at ``/openapi.json``.
"""
