"""Sync: the engine, its backends (the venue hub, pretix, a folder) and station bundles.

Import what you need from the submodules: :mod:`checkin.sync.base` (the backend interface and
the typed status), :mod:`checkin.sync.engine` (one cycle: pull, merge, push),
:mod:`checkin.sync.merge` (the one merge and its conflict policy), :mod:`checkin.sync.sources`
(the registry of sources), :mod:`checkin.sync.config` (which source this station uses) and
:mod:`checkin.sync.files` (the station bundle, and a folder as a source). Double entries are a
report: :mod:`checkin.reports.doubles`.
"""
