"""Sync: the engine, its backends (the venue hub, pretix) and station bundles for USB sticks.

Import what you need from the submodules: :mod:`checkin.sync.base` (the backend interface and
the typed status), :mod:`checkin.sync.engine` (one cycle: pull, merge, push),
:mod:`checkin.sync.config` (which source this station uses), :mod:`checkin.sync.files` (the
station bundle) and :mod:`checkin.sync.doubles` (double entries for the dashboard and exports).
"""
