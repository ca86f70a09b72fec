"""Test a sync source before saving it: the address, the kind of server, the token, the event.

``checkin source pretix|hub`` and the window's settings both call :func:`check_source`, so
that a wrong address or token is said at once, in words, instead of at the first sync:

* the URL's scheme (``http://`` or ``https://``) and host;
* a server that answers, and answers as a pretix (JSON, pretix's own error shape) or as a hub
  (``/api/v1/health``), not an HTML page of something else (a captive portal, a web site);
* the token accepted (pretix: 401 refused, 403 no permission; the hub: 401 / 403);
* for pretix, the organizer and the event found.

Nothing here raises for what a server can answer: every answer becomes a :class:`Probe`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from urllib.parse import quote, urlparse

import httpx

from checkin.sync.base import SourceKind
from checkin.sync.sources import SourceConfig


class Problem(str, enum.Enum):
    SCHEME = "scheme"  # not http:// or https://, or no host
    UNREACHABLE = "unreachable"
    TLS = "tls"  # the certificate is not trusted
    NOT_PRETIX = "not_pretix"
    NOT_HUB = "not_hub"
    TOKEN_REFUSED = "token_refused"
    NO_PERMISSION = "no_permission"
    ORGANIZER_NOT_FOUND = "organizer_not_found"
    EVENT_NOT_FOUND = "event_not_found"
    SERVER_ERROR = "server_error"


@dataclass(frozen=True)
class Probe:
    problem: Problem | None
    message: str  # what is wrong, or what was found, in one sentence

    @property
    def ok(self) -> bool:
        return self.problem is None


def check_source(config: SourceConfig, token: str | None, *, timeout: float = 10.0,
                 transport: httpx.BaseTransport | None = None) -> Probe:
    """Ask the source once, as it will be asked for real; only pretix and the hub are asked
    (files and none have nothing to test over the network)."""
    if config.kind not in (SourceKind.PRETIX, SourceKind.HUB):
        return Probe(None, "Nothing to test for this source.")
    url = config.get("url").rstrip("/")
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return Probe(Problem.SCHEME, f"“{url}” is not a web address: it must start with "
                                     "http:// or https:// and name a server, e.g. "
                                     "https://pretix.eu or http://192.168.1.10:8765.")
    verify = config.get("cafile") or True
    try:
        with httpx.Client(timeout=timeout, verify=verify, follow_redirects=False,
                          transport=transport,
                          headers={"Accept": "application/json"}) as client:
            if config.kind is SourceKind.PRETIX:
                return _pretix(client, url, config.get("organizer"), config.get("event"),
                               token or "")
            return _hub(client, url, token or "")
    except httpx.TimeoutException:
        return Probe(Problem.UNREACHABLE, f"{url} did not answer in {timeout:g} s.")
    except httpx.ConnectError as error:
        if "certificate" in str(error).lower() or "ssl" in str(error).lower():
            return Probe(Problem.TLS, f"The certificate of {url} is not trusted: give the "
                                      "station its certificate file (--cafile).")
        return Probe(Problem.UNREACHABLE, f"{url} cannot be reached: check the address and "
                                          "the network.")
    except (httpx.TransportError, httpx.InvalidURL, ValueError) as error:
        return Probe(Problem.UNREACHABLE, f"{url} cannot be reached ({type(error).__name__}).")


def _json(response: httpx.Response):
    try:
        return response.json()
    except ValueError:
        return None


def _looks_like(response: httpx.Response) -> str:
    kind = response.headers.get("content-type", "").split(";")[0].strip() or "no content type"
    if response.is_redirect:
        where = response.headers.get("location", "")
        return f"it redirects to {where or 'another page'} (a Wi-Fi login page?)"
    return f"it answered HTTP {response.status_code} with {kind}"


def _slugs(client: httpx.Client, url: str, headers: dict) -> set[str] | None:
    """The slugs of a pretix listing (first pages), or None when it cannot be read."""
    found: set[str] = set()
    for _ in range(20):
        response = client.get(url, headers=headers)
        data = _json(response)
        if response.status_code != 200 or not isinstance(data, dict):
            return None
        found.update(str(r.get("slug")) for r in data.get("results") or [] if isinstance(r, dict))
        following = data.get("next")
        if not following:
            return found
        url = str(following)
    return found


def _pretix(client: httpx.Client, url: str, organizer: str, event: str, token: str) -> Probe:
    api = f"{url.removesuffix('/api/v1')}/api/v1/organizers/{quote(organizer)}"
    headers = {"Authorization": f"Token {token}"}
    response = client.get(f"{api}/events/{quote(event)}/", headers=headers)
    data = _json(response)
    status = response.status_code
    pretix_error = isinstance(data, dict) and "detail" in data  # pretix's (DRF's) errors
    if status >= 500:
        return Probe(Problem.SERVER_ERROR, f"{url} had a server error (HTTP {status}); "
                                           "try again later.")
    if status == 200 and isinstance(data, dict) and data.get("slug"):
        name = data.get("name")
        if isinstance(name, dict):
            name = name.get("fr") or name.get("en") or next(iter(name.values()), "")
        return Probe(None, f"pretix answers: event “{name or event}” ({organizer}/{event}).")
    if status == 401 and pretix_error:
        return Probe(Problem.TOKEN_REFUSED, f"pretix at {url} refused the token: copy the "
                                            "API token of a team of this organizer again.")
    if status in (403, 404) and pretix_error:
        # pretix says 403 for an organizer or event it does not show this token: look
        # them up among those the token sees
        root = api.rsplit("/organizers/", 1)[0]
        seen = _slugs(client, f"{root}/organizers/", headers)
        if seen is not None and organizer not in seen:
            return Probe(Problem.ORGANIZER_NOT_FOUND,
                         f"pretix at {url} has no organizer “{organizer}” for this token: use "
                         "the short form shown in pretix's addresses (…/control/organizer/"
                         "SHORT/).")
        events = _slugs(client, f"{api}/events/", headers)
        if events is not None and event not in events:
            return Probe(Problem.EVENT_NOT_FOUND,
                         f"pretix at {url} has no event “{event}” for the organizer "
                         f"“{organizer}”: use the event's short form (…/control/event/"
                         f"{organizer}/SHORT/).")
        return Probe(Problem.NO_PERMISSION, f"pretix at {url} accepts the token, but it may "
                                            f"not read {organizer}/{event}: give its team "
                                            "access to the event (orders and check-in).")
    return Probe(Problem.NOT_PRETIX, f"{url} is not a pretix: {_looks_like(response)}. "
                                     "Give the address of the pretix server itself.")


def _hub(client: httpx.Client, url: str, token: str) -> Probe:
    response = client.get(f"{url}/api/v1/health")
    data = _json(response)
    if response.status_code >= 500:
        return Probe(Problem.SERVER_ERROR, f"{url} had a server error "
                                           f"(HTTP {response.status_code}).")
    if response.status_code != 200 or not (isinstance(data, dict)
                                           and data.get("status") == "ok"
                                           and "version" in data):
        return Probe(Problem.NOT_HUB, f"{url} is not a Check-in hub: {_looks_like(response)}. "
                                      "Start it with `checkin hub` and give its address.")
    answer = client.get(f"{url}/api/v1/changes", params={"since": 2**62, "limit": 1},
                        headers={"Authorization": f"Bearer {token.strip()}"})
    if answer.status_code == 401:
        return Probe(Problem.TOKEN_REFUSED, f"The hub at {url} refused the token (wrong or "
                                            "revoked): ask for a new one with "
                                            "`checkin hub token add`.")
    if answer.status_code == 403:
        return Probe(Problem.NO_PERMISSION, f"The hub at {url} does not let this token read "
                                            "its changes.")
    if answer.status_code != 200:
        return Probe(Problem.NOT_HUB, f"The hub at {url} answered HTTP {answer.status_code} "
                                      "to a station's first request.")
    return Probe(None, f"The hub at {url} answers (version {data.get('version')}).")
