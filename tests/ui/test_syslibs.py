"""Naming the Debian package for a system library Qt misses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ui.syslibs import (
    check_window_libraries,
    install_advice,
    missing_from_error,
    missing_from_ldd,
    platform_name,
    plugin_path,
)

LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibxcb-cursor.so.0 => not found
\tlibEGL.so.1 => /lib/x86_64-linux-gnu/libEGL.so.1 (0x00007f)
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-cursor.so.0 => not found
"""


def test_missing_libraries_are_read_from_ldd() -> None:
    assert missing_from_ldd(LDD) == ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0"]
    assert missing_from_ldd("\tlibc.so.6 => /lib/libc.so.6\n") == []


def test_loader_error_names_the_library() -> None:
    message = "libfontconfig.so.1: cannot open shared object file: No such file or directory"
    assert missing_from_error(message) == ["libfontconfig.so.1"]


def test_advice_names_the_packages_in_one_line() -> None:
    advice = install_advice(["libxcb-cursor.so.0", "libEGL.so.1"])
    assert "sudo apt install libxcb-cursor0 libegl1" in advice
    assert "\n" not in advice
    unknown = install_advice(["libweird.so.3"])
    assert "libweird.so.3" in unknown and "apt-file search libweird.so.3" in unknown


@given(st.text(max_size=300))
def test_parsers_never_fail_on_odd_output(text: str) -> None:
    assert isinstance(missing_from_ldd(text), list)
    assert isinstance(missing_from_error(text), list)


def test_platform_choice_follows_the_environment() -> None:
    assert platform_name({"QT_QPA_PLATFORM": "offscreen"}) == "offscreen"
    assert platform_name({"WAYLAND_DISPLAY": "wayland-0"}) == "wayland"
    assert platform_name({"DISPLAY": ":0"}) == "xcb"
    assert platform_name({"QT_QPA_PLATFORM": "wayland;xcb"}) == "wayland"


def test_offscreen_plugin_is_found_and_loads_here() -> None:
    assert plugin_path("offscreen") is not None
    assert check_window_libraries({"QT_QPA_PLATFORM": "offscreen"}) is None
