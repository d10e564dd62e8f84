"""Serve the static export and the OAI-PMH endpoint (/oai) with waitress, a maintained
pure-Python WSGI server: no hand-written socket code, and nothing to compile or install beyond
the package.
"""

from __future__ import annotations

import mimetypes
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import parse_qsl, unquote

from archive.catalog import IndexReport, rebuild_catalog
from archive.harvest.export import ExportReport, export_site
from archive.harvest.identity import Identity
from archive.harvest.oai import Repository, handle

StartResponse = Callable[..., Any]

TYPES = {
    ".html": "text/html; charset=utf-8",
    ".jsonld": "application/ld+json",
    ".json": "application/json",
    ".ndjson": "application/x-ndjson",
    ".xml": "application/xml",
    ".txt": "text/plain; charset=utf-8",
    ".md": "text/plain; charset=utf-8",
    ".zip": "application/zip",
    ".css": "text/css; charset=utf-8",
}
MAX_POST_BYTES = 64 * 1024


def _content_type(path: Path) -> str:
    return TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] \
        or "application/octet-stream"


class App:
    """WSGI application: GET/POST /oai for OAI-PMH, GET/HEAD for files of the static site."""

    def __init__(self, site: Path, repo: Repository) -> None:
        self.site = site.resolve()
        self.repo = repo

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "/") or "/"
        if path.rstrip("/") == "/oai":
            return self._oai(environ, method, start_response)
        if method not in ("GET", "HEAD"):
            return self._plain(start_response, "405 Method Not Allowed", "method not allowed\n",
                               [("Allow", "GET, HEAD")])
        return self._static(path, method, start_response)

    def _oai(self, environ: dict[str, Any], method: str,
             start_response: StartResponse) -> Iterable[bytes]:
        if method == "GET":
            query = environ.get("QUERY_STRING", "")
        elif method == "POST":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            if length > MAX_POST_BYTES:
                return self._plain(start_response, "413 Payload Too Large", "too large\n")
            kind = environ.get("CONTENT_TYPE", "").split(";")[0].strip().lower()
            if kind != "application/x-www-form-urlencoded":
                return self._plain(start_response, "415 Unsupported Media Type",
                                   "POST must be application/x-www-form-urlencoded\n")
            query = environ["wsgi.input"].read(length).decode("utf-8", "replace")
        else:
            return self._plain(start_response, "405 Method Not Allowed", "method not allowed\n",
                               [("Allow", "GET, POST")])
        params = parse_qsl(query, keep_blank_values=True)
        body = handle(self.repo, params)
        start_response("200 OK", [("Content-Type", "text/xml; charset=utf-8"),
                                  ("Content-Length", str(len(body)))])
        return [body]

    def _static(self, path: str, method: str,
                start_response: StartResponse) -> Iterable[bytes]:
        rel = unquote(path).lstrip("/")
        target = (self.site / rel).resolve()
        if not target.is_relative_to(self.site):
            return self._plain(start_response, "404 Not Found", "not found\n")
        if target.is_dir():
            if not path.endswith("/"):
                return self._plain(start_response, "301 Moved Permanently", "moved\n",
                                   [("Location", path + "/")])
            target = target / "index.html"
        if not target.is_file():
            return self._plain(start_response, "404 Not Found", "not found\n")
        data = target.read_bytes()
        headers = [("Content-Type", _content_type(target)), ("Content-Length", str(len(data))),
                   ("X-Content-Type-Options", "nosniff")]
        if "original" in target.relative_to(self.site).parts:
            # An original article is untrusted third-party HTML: never let it run scripts here.
            headers.append(("Content-Security-Policy", "sandbox; default-src 'none'"))
        start_response("200 OK", headers)
        return [b"" if method == "HEAD" else data]

    @staticmethod
    def _plain(start_response: StartResponse, status: str, text: str,
               extra: list[tuple[str, str]] | None = None) -> Iterable[bytes]:
        body = text.encode("utf-8")
        start_response(status, [("Content-Type", "text/plain; charset=utf-8"),
                                ("Content-Length", str(len(body))), *(extra or [])])
        return [body]


@dataclass
class Prepared:
    """A bound server, ready to ``run()``; ``close()`` stops it."""

    server: Any
    url: str
    site: Path
    export: ExportReport
    indexed: IndexReport | None = None

    def run(self) -> None:
        self.server.run()

    def close(self) -> None:
        self.server.close()


def prepare(records_dir: Path, host: str = "127.0.0.1", port: int = 8000,
            base_url: str | None = None, site: Path | None = None, page_size: int = 100,
            threads: int = 4, identity: Identity | None = None) -> Prepared:
    """Bind the socket (port 0 picks a free one), refresh catalog and export, build the app.

    The socket is bound first so that the export's canonical URLs carry the real port.
    """
    from waitress.server import create_server

    indexed = rebuild_catalog(records_dir)  # idempotent: unchanged bags keep their datestamps
    site = site or Path(tempfile.mkdtemp(prefix="archive-site-"))
    identity = identity or Identity()
    repo = Repository(records_dir, page_size=page_size, catalog_file=Path(indexed.catalog),
                      name=identity.name, admin_email=identity.admin_email,
                      repository_id=identity.repository_id)
    app = App(site, repo)
    server = create_server(app, host=host, port=port, threads=threads, ident="archive")
    bound = server.effective_port  # type: ignore[union-attr]
    shown = f"[{host}]" if ":" in host else host
    url = (base_url or identity.base_url or f"http://{shown}:{bound}").rstrip("/")
    repo.base_url = f"{url}/oai"
    report = export_site(records_dir, site, base_url=url, catalog_file=Path(indexed.catalog),
                         name=identity.name)
    return Prepared(server=server, url=url, site=site, export=report, indexed=indexed)
