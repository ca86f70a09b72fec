"""``checkin hub``, ``checkin source``, ``checkin sync`` and ``checkin bundle``.

- ``checkin hub --db FILE [--host H] [--port P] [--cert C --key K]`` serves the venue hub over a
  database made by ``checkin import`` or ``checkin demo``;
  ``checkin hub token add "Door A" [--role door|desk|organiser] | list | revoke "Door A"``
  manages station tokens.
- ``checkin source hub URL --token-file F``, ``checkin source pretix URL ORGANIZER EVENT
  --token-file F``, ``checkin source files FOLDER``, ``checkin source none``;
  ``checkin source`` alone shows it.
- ``checkin sync`` runs one cycle and says what it pulled and pushed, or why it could not.
- ``checkin bundle export FILE`` / ``merge FILE`` / ``send FILE``: the USB-stick bundle.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from checkin.commands import CommandError, open_store


def _command(subparsers, name: str, help: str, handler=None) -> argparse.ArgumentParser:
    """A sub-command that also takes ``--db`` after its name (`checkin hub --db FILE`);
    SUPPRESS keeps the global --db when this one is not given."""
    parser = subparsers.add_parser(name, help=help)
    parser.add_argument("--db", type=Path, default=argparse.SUPPRESS,
                        help="the database file (as the global --db)")
    if handler is not None:
        parser.set_defaults(handler=handler)
    return parser


def register(subparsers) -> None:
    hub = _command(subparsers, "hub", "serve the venue hub, or manage its station tokens",
                   run_hub)
    hub.add_argument("--host", default="0.0.0.0", help="address to listen on (default: all)")
    hub.add_argument("--port", type=int, default=8765, help="port (default: 8765)")
    hub.add_argument("--cert", type=Path, help="TLS certificate (PEM); serve https")
    hub.add_argument("--key", type=Path, help="TLS private key (PEM) for --cert")
    hub.add_argument("--http", action="store_true",
                     help="plain http even on the network (default: the hub's own certificate, "
                     "made on first start, unless it listens on 127.0.0.1 only)")
    hub.add_argument("--no-announce", action="store_true",
                     help="do not announce the hub on the local network (DNS-SD / mDNS)")
    hub_sub = hub.add_subparsers(dest="hub_command", metavar="token|pair")
    pair = _command(hub_sub, "pair", "a one-time pairing QR code for a new station (10 minutes)",
                    run_hub_pair)
    pair.add_argument("name", help='the station\'s name, e.g. "Auditorium – porte A"')
    pair.add_argument("--role", choices=["door", "desk", "organiser"], default="door",
                      help="the station's role (default: door)")
    pair.add_argument("--port", type=int, default=8765, help="the hub's port (default: 8765)")
    pair.add_argument("--address", action="append", default=None, metavar="HOST",
                      help="an address the stations reach the hub at (default: this "
                      "computer's addresses on the network); may be repeated")
    pair.add_argument("--http", action="store_true", help="the hub serves plain http")
    pair.add_argument("--png", type=Path, help="also save the QR code as this PNG image")
    token = _command(hub_sub, "token", "station tokens: add, list, revoke")
    token_sub = token.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    add = _command(token_sub, "add", "make a token for a station, shown once", run_token_add)
    add.add_argument("name", help='the station\'s name, e.g. "Door A"')
    add.add_argument("--role", choices=["door", "desk", "organiser"], default="door",
                     help="door (scans; no e-mail or phone, cannot change people), desk "
                     "(may change people) or organiser (also the programme and the tokens); "
                     "default: door")
    add.add_argument("--out", type=Path, help="also write the token to this file")
    _command(token_sub, "list", "list the stations' tokens", run_token_list)
    revoke = _command(token_sub, "revoke", "revoke a station's token", run_token_revoke)
    revoke.add_argument("name", help="the station's name (or the token's id)")

    source = _command(subparsers, "source", "choose where this station syncs", run_source_show)
    source_sub = source.add_subparsers(dest="source_kind", metavar="KIND")
    src_hub = _command(source_sub, "hub", "the venue hub", run_source_hub)
    src_hub.add_argument("url", help="e.g. https://192.168.1.10:8765")
    src_hub.add_argument("--token-file", type=Path, required=True,
                         help="file holding the token from `checkin hub token add`")
    src_hub.add_argument("--cafile", type=Path, help="the hub's certificate, to trust it")
    src_hub.add_argument("--timeout", type=float, default=10.0, help="seconds (default: 10)")
    src_hub.add_argument("--no-check", action="store_true",
                         help="save without asking the hub first (set up before the network)")
    src_pair = _command(source_sub, "pair", "join the venue's hub with a pairing code "
                        "(the text of its QR code, or an image of it)", run_source_pair)
    src_pair.add_argument("code", help="the pairing code (checkin://pair?…) or a PNG/JPEG of "
                          "its QR code")
    src_pretix = _command(source_sub, "pretix", "a pretix server", run_source_pretix)
    src_pretix.add_argument("url", help="e.g. https://pretix.eu")
    src_pretix.add_argument("organizer", help="the organizer's slug")
    src_pretix.add_argument("event", help="the event's slug")
    src_pretix.add_argument("--token-file", type=Path, required=True,
                            help="file holding the pretix API token")
    src_pretix.add_argument("--timeout", type=float, default=10.0, help="seconds (default: 10)")
    src_pretix.add_argument("--no-check", action="store_true",
                            help="save without asking pretix first (set up before the network)")
    src_files = _command(source_sub, "files", "a folder or USB stick: pull reads the other "
                         "stations' bundles in it, push writes this station's", run_source_files)
    src_files.add_argument("folder", type=Path, help="e.g. /media/usb/checkin or E:\\checkin")
    _command(source_sub, "none", "no network sync (files only)", run_source_none)

    _command(subparsers, "sync", "run one sync cycle now", run_sync)

    bundle = _command(subparsers, "bundle", "the station bundle, for a USB stick")
    bundle_sub = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    export = _command(bundle_sub, "export", "write this station's check-ins to FILE",
                      run_bundle_export)
    export.add_argument("file", type=Path)
    merge = _command(bundle_sub, "merge", "add a bundle to this database (or the hub's)",
                     run_bundle_merge)
    merge.add_argument("file", type=Path)
    send = _command(bundle_sub, "send", "post a bundle to the configured hub", run_bundle_send)
    send.add_argument("file", type=Path)


# --- hub ------------------------------------------------------------------------------------


def _hub_store(args):
    db = getattr(args, "db", None)
    if db is None:
        raise CommandError("Name the hub's database: checkin hub --db FILE (made by "
                           "`checkin import` or `checkin demo`).")
    if not Path(db).exists():
        raise CommandError(f"No database at {db}: build it first with `checkin import` or "
                           "`checkin demo`.")
    return open_store(args)


def run_hub(args) -> int:
    from checkin.hub import server, tokens

    if bool(args.cert) != bool(args.key):
        raise CommandError("TLS needs both --cert and --key.")
    for path in (args.cert, args.key):
        if path is not None and not path.exists():
            raise CommandError(f"No such file: {path}.")
    _check_address(args.host, args.port)
    store = _hub_store(args)
    event = store.event()
    live = [t for t in tokens.list_tokens(store) if not t.revoked]
    certfile, keyfile, fingerprint = args.cert, args.key, ""
    if certfile is None and not args.http and not _loopback(args.host):
        from checkin.hub.certs import hub_certificate

        own = hub_certificate(Path(store.path).parent / "hub-tls")
        certfile, keyfile, fingerprint = own.cert, own.key, own.fingerprint
        print(f"TLS with the hub's own certificate (SHA-256 {fingerprint[:16]}…): pair the "
              'stations with `checkin hub --db FILE pair "Door A"`.')
    elif certfile is not None:
        from checkin.hub.certs import fingerprint_pem

        fingerprint = fingerprint_pem(Path(certfile).read_bytes())
    scheme = "https" if certfile else "http"
    print(f"Hub for {event.title() if event else '(no event yet)'}: "
          f"{store.count_attendees()} attendees, {len(store.sessions())} sessions.")
    if not live:
        print('No station token yet: add one with `checkin hub --db FILE token add "Door A"`.')
    print(f"Serving on {scheme}://{args.host}:{args.port} (Ctrl+C to stop).")
    if args.host in ("0.0.0.0", "::"):
        for address in _local_addresses():
            print(f"  stations: checkin source hub {scheme}://{address}:{args.port} "
                  "--token-file FILE")
    sys.stdout.flush()
    announcer = None
    from checkin.hub.announce import HubAnnouncer, mdns_allowed

    if not args.no_announce and not _loopback(args.host) and mdns_allowed():
        announcer = HubAnnouncer(args.port, name=event.title() if event else "Check-in hub",
                                 fingerprint=fingerprint, tls=bool(certfile))
        try:
            announcer.start()
        except OSError as error:  # no multicast here: the stations type or scan the address
            print(f"Not announced on the network ({error.strerror or error}).")
            announcer = None
    try:
        server.serve(store, args.host, args.port, certfile=certfile, keyfile=keyfile)
    finally:
        if announcer is not None:
            announcer.stop()
    return 0


def _loopback(host: str) -> bool:
    return host in ("localhost", "::1") or host.startswith("127.")


def run_hub_pair(args) -> int:
    from checkin.hub import pairing
    from checkin.hub.certs import hub_certificate, local_addresses

    store = _hub_store(args)
    fingerprint = "" if args.http else \
        hub_certificate(Path(store.path).parent / "hub-tls").fingerprint
    hosts = args.address or local_addresses() or ["127.0.0.1"]
    try:
        enrolment = pairing.new_enrolment(store, args.name, args.role)
    except (pairing.PairingError, ValueError) as error:
        raise CommandError(str(error)) from None
    code = pairing.pairing_code(enrolment, hosts, args.port, fingerprint)
    text = code.text()
    import qrcode

    qr = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(text)
    qr.make(fit=True)
    if sys.stdout.isatty():
        qr.print_ascii(out=sys.stdout, invert=True)
    if args.png:
        qr.make_image().save(str(args.png))
        print(f"QR code saved to {args.png}")
    local = enrolment.expires_at.astimezone().strftime("%H:%M")
    print(f"Pairing code for {enrolment.name!r} ({enrolment.role.value}), valid once until "
          f"{local}:")
    print(text)
    print("On the new station: scan it in Settings → Sync → Pair, or run "
          f'`checkin source pair "{text}"`.')
    return 0


def run_source_pair(args) -> int:
    from checkin.sync.pairing import PairingError, pair

    text = args.code
    if Path(text).suffix.lower() in (".png", ".jpg", ".jpeg") and Path(text).exists():
        text = _read_qr_image(Path(text))
    store = open_store(args, create=True)
    try:
        result = pair(store, text)
    except PairingError as error:
        raise CommandError(str(error)) from None
    print(f"Paired: this station is {result.name!r} ({result.role}) and syncs with "
          f"{result.url}" + (" (its certificate pinned)." if result.cafile else "."))
    return 0


def _read_qr_image(path: Path) -> str:
    import numpy as np
    from PIL import Image, UnidentifiedImageError

    from checkin.scanner.decoders import default_decoder

    try:
        with Image.open(path) as image:
            gray = np.asarray(image.convert("L"))
    except (OSError, UnidentifiedImageError):
        raise CommandError(f"{path} is not an image that can be read.") from None
    for detection in default_decoder().decode(gray):
        if detection.text.startswith("checkin://pair"):
            return detection.text
    raise CommandError(f"No pairing QR code could be read in {path}.")


def _check_address(host: str, port: int) -> None:
    """A host this machine can listen on and a port number, or one sentence."""
    import socket

    if not 0 <= port <= 65535:
        raise CommandError(f"--port must be between 0 and 65535, not {port}.")
    try:
        socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError, ValueError):
        shown = host if len(host) <= 60 else host[:60] + "…"
        raise CommandError(f"--host {shown!r} is not an address of this machine "
                           "(e.g. 0.0.0.0 for all, 127.0.0.1 for this one only).") from None


def _local_addresses() -> list[str]:
    """This machine's IPv4 addresses on the venue network, to tell the stations."""
    import socket

    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return []
    addresses = {str(info[4][0]) for info in infos}  # AF_INET: (host, port)
    return sorted(a for a in addresses if not a.startswith("127."))


def run_token_add(args) -> int:
    from checkin.hub import tokens

    store = _hub_store(args)
    try:
        record, token = tokens.add(store, args.name, args.role)
    except tokens.TokenError as error:
        raise CommandError(str(error)) from None
    if args.out:
        args.out.write_text(token + "\n", encoding="utf-8")
        args.out.chmod(0o600)
        print(f"{record.role.value.capitalize()} token for {record.name!r} written to "
              f"{args.out}.")
    else:
        print(f"{record.role.value.capitalize()} token for {record.name!r} (shown once, give "
              "it to that station):")
        print(token)
    return 0


def run_token_list(args) -> int:
    from checkin.hub import tokens

    store = _hub_store(args)
    rows = tokens.list_tokens(store)
    if not rows:
        print("No station tokens.")
    for t in rows:
        state = "revoked" if t.revoked else "live"
        seen = t.last_seen.strftime("%Y-%m-%d %H:%M UTC") if t.last_seen else "never seen"
        print(f"{t.name}\t{state}\t{t.role.value}\t{seen}\t{t.id}")
    return 0


def run_token_revoke(args) -> int:
    from checkin.hub import tokens

    store = _hub_store(args)
    try:
        revoked = tokens.revoke(store, args.name)
    except tokens.TokenError as error:
        raise CommandError(str(error)) from None
    for t in revoked:
        print(f"Revoked the token of {t.name!r}.")
    return 0


# --- source ---------------------------------------------------------------------------------


def _save(args, config, token_file: Path) -> int:
    from checkin.sync import secrets
    from checkin.sync.config import ConfigError, save_source, with_web_addresses

    try:
        given = config.get("url")
        config = with_web_addresses(config)
        if config.get("url") != given:
            print(f"{given} has no http:// or https://: taken as {config.get('url')}.")
        token = secrets.read_token_file(token_file)
    except (secrets.SecretError, ConfigError) as error:
        raise CommandError(str(error)) from None
    if not getattr(args, "no_check", True):
        from checkin.sync.probe import check_source

        probe = check_source(config, token, timeout=float(config.get("timeout") or 10))
        if not probe.ok:
            raise CommandError(f"Not saved: {probe.message} (--no-check saves it anyway)")
        print(probe.message)
    try:
        where = save_source(open_store(args, create=True), config, token)
    except (secrets.SecretError, ConfigError) as error:
        raise CommandError(str(error)) from None
    kept = "the system keyring" if where == "keyring" else f"a private file ({where})"
    print(f"This station now syncs with {config.kind.value} at {config.get('url')}; "
          f"the token is kept in {kept}. You may delete {token_file}.")
    return 0


def run_source_hub(args) -> int:
    from checkin.sync.base import SourceKind
    from checkin.sync.sources import SourceConfig

    if args.cafile is not None and not args.cafile.exists():
        raise CommandError(f"No such file: {args.cafile}.")
    config = SourceConfig.of(SourceKind.HUB, url=args.url.rstrip("/"),
                             cafile=str(args.cafile.resolve()) if args.cafile else "",
                             timeout=args.timeout)
    return _save(args, config, args.token_file)


def run_source_pretix(args) -> int:
    from checkin.sync.base import SourceKind
    from checkin.sync.sources import SourceConfig

    config = SourceConfig.of(SourceKind.PRETIX, url=args.url.rstrip("/"),
                             organizer=args.organizer, event=args.event, timeout=args.timeout)
    return _save(args, config, args.token_file)


def run_source_files(args) -> int:
    from checkin.sync.base import SourceKind
    from checkin.sync.config import save_source
    from checkin.sync.sources import SourceConfig

    if not args.folder.is_dir():
        raise CommandError(f"No such folder: {args.folder}.")
    folder = str(args.folder.resolve())
    save_source(open_store(args), SourceConfig.of(SourceKind.FILES, folder=folder))
    print(f"This station now syncs through the folder {folder}: `checkin sync` reads the "
          "other stations' bundles there and writes its own.")
    return 0


def run_source_none(args) -> int:
    from checkin.sync.config import save_source
    from checkin.sync.sources import SourceConfig

    save_source(open_store(args, create=True), SourceConfig())
    print("This station does not sync over the network (bundles and spreadsheets only).")
    return 0


def run_source_show(args) -> int:
    from checkin.sync.base import SourceKind
    from checkin.sync.config import load_source

    config = load_source(open_store(args))
    if config.kind is SourceKind.NONE:
        print("Source: none (bundles and spreadsheets only).")
    elif config.kind is SourceKind.FILES:
        print(f"Source: the folder {config.get('folder')}.")
    elif config.kind is SourceKind.PRETIX:
        print(f"Source: pretix at {config.get('url')}, organizer {config.get('organizer')}, "
              f"event {config.get('event')}.")
    else:
        print(f"Source: hub at {config.get('url')}.")
    return 0


# --- sync -----------------------------------------------------------------------------------


def run_sync(args) -> int:
    from checkin.sync.base import SyncState
    from checkin.sync.config import make_engine

    store = open_store(args, create=True)  # a new station's first pull fills it
    engine = make_engine(store)
    try:
        report = engine.cycle(force=True)
    finally:
        engine.close()
    status = report.status
    if status.state is SyncState.DISABLED:
        raise CommandError("No sync source: set one with `checkin source hub URL --token-file F`.")
    if report.error is not None and not _did_something(report):
        raise CommandError(f"Sync failed ({status.state.value}): {status.reason} "
                           f"Still to push: {status.pending}.")
    pulled = []
    if report.pulled_event:
        pulled.append("the event")
    pulled += [
        f"{report.pulled_sessions} sessions",
        f"{report.pulled_attendees} attendees",
        f"{report.pulled_checkins} new check-ins",
        f"{report.pulled_voids} undos",
    ]
    print("Pulled: " + ", ".join(pulled) + ".")
    print(f"Pushed: {report.pushed} accepted, {report.duplicates} already there, "
          f"{report.rejected} refused. Still to push: {status.pending}.")
    if status.clock_skew is not None and abs(status.clock_skew.total_seconds()) > 60:
        minutes = status.clock_skew.total_seconds() / 60
        print(f"Warning: this station's clock is {minutes:+.0f} min off the source's.")
    if report.error is not None:
        raise CommandError(f"Sync failed ({status.state.value}): {status.reason}")
    return 0


def _did_something(report) -> bool:
    return any((report.pulled_event, report.pulled_sessions, report.pulled_attendees,
                report.pulled_checkins, report.pulled_voids, report.pushed,
                report.duplicates, report.rejected))


# --- bundles --------------------------------------------------------------------------------


def run_bundle_export(args) -> int:
    from checkin.sync import files

    store = open_store(args)
    count = files.export_bundle(store, args.file)
    print(f"Wrote {count} check-ins to {args.file}.")
    return 0


def run_bundle_merge(args) -> int:
    from checkin.hub import feed
    from checkin.sync import files

    store = open_store(args, create=True)
    try:
        bundle = files.read_bundle(args.file)
    except files.BundleError as error:
        raise CommandError(str(error)) from None
    if feed.is_hub(store):
        report = feed.merge_bundle(store, bundle)
    else:
        report = files.merge_bundle(store, bundle, forward=True).as_dict()
    print(f"Merged {args.file}: {report['checkins']} new check-ins (of "
          f"{report['checkins_seen']}), {report['voids']} undos, {report['attendees']} "
          f"attendees, {report['stations']} stations.")
    if report.get("quarantined"):
        print(f"{report['quarantined']} check-ins kept aside: their person or session is not "
              "in this database yet.")
    if bundle.refused:
        print(f"{len(bundle.refused)} malformed records left out:")
        for line in bundle.refused[:20]:
            print(f"  {line}")
        if len(bundle.refused) > 20:
            print(f"  … and {len(bundle.refused) - 20} more.")
    return 0


def run_bundle_send(args) -> int:
    from checkin.sync import files, secrets
    from checkin.sync.base import SourceKind, SyncError
    from checkin.sync.config import ConfigError, load_source, make_backend
    from checkin.sync.hub_client import HubClient

    store = open_store(args)
    config = load_source(store)
    if config.kind is not SourceKind.HUB:
        raise CommandError("`bundle send` needs a hub source: checkin source hub URL ….")
    try:
        files.read_bundle(args.file)  # refuse a damaged file before sending it
        body = json.loads(args.file.read_bytes())
        backend = make_backend(store, config)
        assert isinstance(backend, HubClient)  # what a hub source makes
        try:
            answer = backend.send_bundle(body)
        finally:
            backend.close()
    except (files.BundleError, ConfigError, secrets.SecretError) as error:
        raise CommandError(str(error)) from None
    except SyncError as error:
        raise CommandError(error.reason) from None
    print(f"The hub merged {args.file}: {answer.get('checkins', 0)} new check-ins, "
          f"{answer.get('voids', 0)} undos, {answer.get('attendees', 0)} attendees.")
    return 0
