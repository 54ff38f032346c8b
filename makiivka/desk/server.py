"""``makiivka desk``: serve the review desk for one story, on 127.0.0.1 unless told otherwise.

uvicorn serves the Starlette app (:func:`makiivka.desk.app.create_app`). Bound to 127.0.0.1
by default, the desk is for the editor at this machine; ``--host`` opens it to others, and
then only to a browser that opens the address with the token printed at start.
"""

from __future__ import annotations

import argparse
import secrets
import socket
import threading
import webbrowser

import uvicorn

from makiivka.desk.app import create_app
from makiivka.story import load, paths
from makiivka.story.problems import DataError, Problem, UsageError

LOCAL = "127.0.0.1"


def free_port(host: str = LOCAL) -> int:
    """Return a TCP port free on *host* now (the system picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return int(probe.getsockname()[1])


def check_port(host: str, port: int) -> None:
    """Raise DataError when *port* cannot be served on *host* (taken, or not this machine's)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            expected = f"a port free on {host} ({error.strerror})"
            raise DataError([Problem("--port", 1, 1, "port", str(port), expected)]) from None


def address(host: str, port: int, token: str | None) -> str:
    """Return the address an editor opens (with the token, when there is one).

    >>> address("127.0.0.1", 8765, None)
    'http://127.0.0.1:8765/'
    >>> address("0.0.0.0", 8765, "abc")
    'http://0.0.0.0:8765/?token=abc'
    """
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/" + (f"?token={token}" if token else "")


def desk_command(args: argparse.Namespace) -> int:
    """Serve the desk until interrupted; print its address; open a browser unless asked not to."""
    data = paths.data_dir(args.data)
    load.read_package(data)  # a missing or broken story is an error now, not in the browser
    host = args.host or LOCAL
    port = args.port if args.port is not None else free_port(host if args.host else LOCAL)
    if not 0 < port < 65536:
        raise UsageError([Problem("--port", 1, 1, "port", str(port), "a port from 1 to 65535")])
    check_port(host, port)
    token = secrets.token_urlsafe(24) if args.host else None
    hosts = (host,) if args.host else ()
    app = create_app(data, token=token, hosts=hosts)
    url = address(host, port, token)
    print(f"review desk for {paths.display(paths.story_of(data))} at {url}", flush=True)
    if token:
        print("  open it with the token above; any request without it is refused", flush=True)
    print("  press Ctrl+C to stop", flush=True)
    if not args.no_browser:
        threading.Timer(0.8, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    return 0
