from __future__ import annotations

import socket

import pytest


def test_reaching_the_network_fails_the_test() -> None:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(RuntimeError, match="network"):
            s.connect(("192.0.2.1", 80))  # TEST-NET-1: never routed
    finally:
        s.close()


def test_resolving_a_remote_name_fails_the_test() -> None:
    with pytest.raises(RuntimeError, match="network"):
        socket.getaddrinfo("pypi.org", 443)
