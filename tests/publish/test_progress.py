"""A build's progress: a bar on a terminal, plain lines off one, nothing with -q."""

from __future__ import annotations

import io

from makiivka.publish.progress import build_progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_a_bar_naming_the_step():
    screen = Terminal()
    with build_progress(stream=screen, total=2) as step:
        step("makiivka build: rendering charts")
    drawn = screen.getvalue()
    assert "makiivka build: rendering charts" in drawn and "\x1b[" in drawn  # drawn, not a log


def test_off_a_terminal_the_steps_are_plain_lines(capsys):
    with build_progress(stream=io.StringIO()) as step:
        step("makiivka build: rendering charts")
    assert capsys.readouterr().err == "makiivka build: rendering charts\n"


def test_quiet_prints_nothing(capsys):
    screen = Terminal()
    with build_progress(True, stream=screen) as step:
        step("makiivka build: rendering charts")
    assert screen.getvalue() == "" and capsys.readouterr().err == ""
