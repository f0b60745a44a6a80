"""Participants have faced reprisals: the app opens no network connection unless a person asks for one."""

import socket
import subprocess
import sys
import time

import psutil
import pytest


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network use attempted: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_workshop_import_and_search_use_no_network(tmp_path, shared_data, no_network):
    from upr_desktop.io.demo import create_demo_workshop
    from upr_desktop.io.importers import read_source

    with create_demo_workshop(tmp_path / "w.uprw") as workshop:
        parsed = read_source(shared_data / "ohchr_upr48_slovenia_thematic_list_2025.docx")
        workshop.import_recommendations(parsed.recommendations, source_file="x.docx", format=parsed.format,
                                        country="Slovenia")
        assert workshop.search("torture")
        workshop.rolling_backup()
    assert no_network == []


def test_running_app_holds_no_internet_socket(tmp_path, app_home):
    """The real app process, started as a person would, has no TCP/UDP socket open."""
    env = {**__import__("os").environ, "UPR_DESKTOP_HOME": str(app_home), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "upr_desktop"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        seen = []
        deadline = time.time() + 4.0
        while time.time() < deadline and proc.poll() is None:
            seen.extend(psutil.Process(proc.pid).net_connections(kind="inet"))
            time.sleep(0.1)
        assert proc.poll() is None, "the app should still be running: " + proc.stderr.read().decode()[-2000:]
        assert list((app_home).glob("*.uprw")), "the app should have opened its demo workshop"
        assert seen == []
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
