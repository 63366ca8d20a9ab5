"""ocop beside visidata on the same generated data, under tmux (120×40, TERM=tmux-256color), runs alternating;
prints medians and ratios. Run through `make bench-peers` (scripts/bench-peers.sh), which builds ocop, makes the
data and the virtual environment with visidata. Figures, never verdicts.

usage: bench_peers.py OCOP DATA_DIR VD PRODUCTS_ARRAY_JSON RUNS"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ocop, data, vd, array_file, runs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
here = os.path.dirname(os.path.abspath(__file__))
tap = os.path.join(here, "bench_peers_tap.py")
sock = "ocop-peers"
hz = os.sysconf("SC_CLK_TCK")


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", sock, "-f", "/dev/null", *args], check=check, capture_output=True, text=True).stdout


def wait_file(path, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if os.path.exists(path) and os.path.getsize(path) > 0:
            return True
        time.sleep(0.01)
    return False


def chunks(work):
    out = []
    with open(os.path.join(work, "chunks")) as f:
        for line in f:
            t, n = line.split()
            out.append((int(t), int(n)))
    return out


def settle(work, quiet=0.4, limit=30):
    """Waits until the program has written nothing for `quiet` seconds; returns the time of its last chunk."""
    end = time.monotonic() + limit
    while time.monotonic() < end:
        c = chunks(work)
        last = c[-1][0] if c else 0
        if time.monotonic_ns() - last > quiet * 1e9:
            return last
        time.sleep(0.05)
    return chunks(work)[-1][0]


def wait_output(work, t, timeout=2.0):
    """Waits until the program writes something after `t` (its answer to a key), then until it is quiet."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if any(ts > t for (ts, _) in chunks(work)):
            break
        time.sleep(0.01)
    return settle(work, quiet=0.3)


def bytes_since(work, t):
    return sum(n for (ts, n) in chunks(work) if ts > t)


def proc_figures(pid):
    with open(f"/proc/{pid}/status") as f:
        hwm = next(int(l.split()[1]) for l in f if l.startswith("VmHWM:")) / 1024
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / hz
    return hwm, cpu


def run(name, command, marker, keys):
    """One run: launch under tmux, wait for the marker in the bytes written, then the keys; figures of the run."""
    work = tempfile.mkdtemp(prefix=f"peers-{name}-")
    gate = os.path.join(work, "gate")
    os.mkfifo(gate)
    tmux("kill-server", check=False)
    wrapper = f"read _ < {gate}; exec env TERM=tmux-256color LANG=C.UTF-8 {command}"
    # The server just killed may still hold its socket: a new session is tried again a few times.
    for attempt in range(5):
        if subprocess.run(["tmux", "-L", sock, "-f", "/dev/null", "new-session", "-d", "-s", "p", "-x", "120", "-y", "40", wrapper],
                          capture_output=True).returncode == 0:
            break
        time.sleep(0.3)
    else:
        raise RuntimeError("tmux would not start a session")
    tmux("set-option", "-g", "status", "off")
    tmux("pipe-pane", "-t", "p", f"exec {sys.executable} {tap} {work} '{marker}'")
    wait_file(os.path.join(work, "ready"), 10)
    pid = tmux("display-message", "-p", "-t", "p", "#{pane_pid}").strip()
    t0 = time.monotonic_ns()
    with open(gate, "w") as g:
        g.write("go\n")
    ok = wait_file(os.path.join(work, "data"), 120)
    fig = {}
    if ok:
        fig["launch"] = (int(open(os.path.join(work, "data")).read()) - t0) / 1e6
        fig["first"] = (int(open(os.path.join(work, "first")).read()) - t0) / 1e6
        settle(work, quiet=1.0)
        for label, seq, count in keys["moves"]:
            sizes = []
            for _ in range(count):
                t = time.monotonic_ns()
                tmux("send-keys", "-t", "p", *seq)
                wait_output(work, t)
                sizes.append(bytes_since(work, t))
            fig[label] = statistics.median(sizes)
        for k in keys["before_search"]:
            t = time.monotonic_ns()
            tmux("send-keys", "-t", "p", *k)
            wait_output(work, t)
        t = time.monotonic_ns()
        for k in keys["search"]:
            tmux("send-keys", "-t", "p", *k)
        wait_output(work, t)
        last = settle(work, quiet=1.0)
        fig["search"] = (last - t) / 1e6
        fig["memory"], fig["cpu"] = proc_figures(pid)
    tmux("kill-server", check=False)
    shutil.rmtree(work, ignore_errors=True)
    return fig


ocop_keys = {
    "moves": [("row", ["3"], 1), ("row", ["j"], 5), ("page", ["NPage"], 5)],
    # Back to the first product (as visidata's g k), then the pane's own search (Escape would leave the pane for the
    # overview, where / searches the palette's 145k entries instead).
    "before_search": [["Home"]],
    "search": [["/"], ["-l", "mat ong hoa ca phe"], ["Enter"]],
}
vd_keys = {
    "moves": [("row", ["j"], 5), ("page", ["NPage"], 5)],
    "before_search": [["g", "k"], ["l"]],
    "search": [["/"], ["-l", "Mật ong hoa cà phê"], ["Enter"]],
}
with open(array_file, "rb") as f:
    count = f.read().count(b'{"id":')
results = {"ocop": [], "visidata": []}
for i in range(runs):
    results["ocop"].append(run("ocop", f"{ocop} {data}", "Sản phẩm theo hạng sao", ocop_keys))
    results["visidata"].append(run("vd", f"{vd} {array_file}", f"{count} rows", vd_keys))
    print(f"run {i + 1}/{runs}: ocop {results['ocop'][-1]}, visidata {results['visidata'][-1]}", flush=True)

rows = [
    ("launch → data on screen", "launch", "ms"),
    ("first byte on the terminal", "first", "ms"),
    ("peak memory (VmHWM)", "memory", "MiB"),
    ("bytes per row move", "row", "B"),
    ("bytes per page move", "page", "B"),
    ("search typed over 100k (to the last byte)", "search", "ms"),
    ("CPU for the whole run", "cpu", "s"),
]
print()
print(f"| figure ({runs} alternating runs, medians; range) | ocop | visidata | ratio |")
print("|---|---|---|---|")
for label, key, unit in rows:
    a = [r[key] for r in results["ocop"] if key in r]
    b = [r[key] for r in results["visidata"] if key in r]
    if not a or not b:
        print(f"| {label} | – | – | – |")
        continue
    ma, mb = statistics.median(a), statistics.median(b)
    fmt = (lambda v: f"{v:,.2f}") if unit == "s" else (lambda v: f"{v:,.0f}")
    ratio = f"{ma / mb:.2f}×" if mb else "–"
    print(f"| {label} | {fmt(ma)} {unit} ({fmt(min(a))}–{fmt(max(a))}) | {fmt(mb)} {unit} ({fmt(min(b))}–{fmt(max(b))}) | {ratio} |")
