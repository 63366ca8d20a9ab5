"""Reads a tmux pane's output (tmux pipe-pane) and notes, with monotonic-clock times, when the first byte came and
when a marker first stood on the screen (the bytes are fed to a terminal emulator, pyte, as ncurses writes only what
changed), and every chunk's time and size; bench_peers.py reads those files. Nothing here polls the screen."""
import os
import sys
import time

import pyte

out = sys.argv[1]
markers = sys.argv[2:]
screen = pyte.Screen(120, 40)
stream = pyte.ByteStream(screen)
with open(os.path.join(out, "ready"), "w") as f:
    f.write("1")
log = open(os.path.join(out, "chunks"), "a", buffering=1)
found = False
first = False
while True:
    chunk = os.read(0, 65536)
    if not chunk:
        break
    now = time.monotonic_ns()
    log.write(f"{now} {len(chunk)}\n")
    if not first:
        first = True
        with open(os.path.join(out, "first"), "w") as f:
            f.write(str(now))
    if not found:
        stream.feed(chunk)
        text = "\n".join(screen.display)
        if any(m in text for m in markers):
            found = True
            with open(os.path.join(out, "data"), "w") as f:
                f.write(str(now))
