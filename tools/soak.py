#!/usr/bin/env python3
"""The kill soak of issue #18 (not part of CI): `tools/dev soak [KILLS] [--only PHASES]`.

Drives the real editor under its own Xvfb. xdotool types German text at a journalist's pace
into the end of a 20,000-word article (autosave on, the editor's defaults), and the editor is
killed with SIGKILL at a random moment, KILLS times (default 200), and restarted each time.
After every kill:
  - `PRAGMA integrity_check` of the database must say ok;
  - `newsdesk --print-recovery` must offer the journal (and the restart must not crash);
  - the text lost is measured: the words typed after the last journal write, as characters and
    as seconds of typing (the time spent typing those words; pauses do not count).
Then the same kill for other work: `newsdesk-cli export` (no half-written page or photo),
`newsdesk-cli import` (no half-imported article), `newsdesk-cli copy` (all or nothing), and a
full disk (the database on a 6 MB tmpfs mounted inside this mount namespace: the save fails
with a message, the words stay in the form and are saved once there is room, the file stays
intact).

Typed text is German in ASCII transliteration (ae, oe, ue, ss): xdotool maps umlauts through a
temporary keymap that Xvfb does not always keep (see tests/ui/crash/crashrecoverytest.cpp).
Journalist's pace: 180 ms per key (about 330 keys a minute), a pause of 0.3 to 4 s after a
sentence. The kill comes 1 to 8 s after typing began (--min-seconds, --max-seconds): the
journal is written at least every 2 s while typing goes on, so a few seconds hold every case
(killed before, during and after a journal write). The restart that follows each kill is
checked too: it must not crash and must offer the journal (the recovery question appears).
Results go to build/soak/<time>/ (log.jsonl, summary.md) and the summary is printed.
"""

import argparse
import hashlib
import html
import json
import os
import random
import re
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import threading
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(REPO, os.environ.get("NEWSDESK_BUILD_DIR", "build"))
# --bin DIR replaces these: a long soak runs a copy of the binaries, so that rebuilding meanwhile
# does not change what is soaked (the libraries are static: the two executables are all of it).
NEWSDESK = os.path.join(BUILD, "bin", "newsdesk")
CLI = os.path.join(BUILD, "bin", "newsdesk-cli")

SENTENCES = [
    "Der Stadtrat hat am Abend ueber den Haushalt fuer das kommende Jahr beraten.",
    "Die Opposition kritisierte die hohen Ausgaben fuer den Nahverkehr.",
    "Buergermeisterin Weiss verteidigte die Plaene als notwendig und gerecht.",
    "Nach drei Stunden Debatte stimmte eine knappe Mehrheit dem Entwurf zu.",
    "Die Strassenbahn soll kuenftig alle zehn Minuten fahren.",
    "Auch die Schulen erhalten mehr Geld fuer neue Computer und Lehrkraefte.",
    "Kritiker fuerchten jedoch, dass die Schulden weiter steigen werden.",
    "Der Kaemmerer rechnet mit hoeheren Einnahmen aus der Gewerbesteuer.",
    "Viele Zuhoerer verfolgten die Sitzung im voll besetzten Saal.",
    "Eine endgueltige Entscheidung faellt in der naechsten Woche.",
]

BODY_SENTENCES = [s.replace("ue", "ü").replace("ae", "ä").replace("oe", "ö") for s in SENTENCES]


def log(message):
    print(message, flush=True)


def run(args, env=None, timeout=120, check=False):
    result = subprocess.run(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    if check and result.returncode != 0:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(args), result.returncode, result.stderr.decode(errors="replace")))
    return result


def integrity(path):
    try:
        connection = sqlite3.connect("file:%s?mode=ro" % path, uri=True, timeout=30)
        rows = connection.execute("PRAGMA integrity_check").fetchall()
        connection.close()
        return "ok" if rows == [("ok",)] else "; ".join(r[0] for r in rows)
    except sqlite3.Error as error:
        return "error: %s" % error


def normalized(text):
    return re.sub(r"\s+", " ", text).strip()


class Display:
    def __init__(self):
        read, write = os.pipe()
        self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                                        pass_fds=(write,), stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            self.name = ":" + pipe.readline().strip()

    def close(self):
        self.process.terminate()
        self.process.wait(10)


class Soak:
    def __init__(self, args):
        self.args = args
        self.random = random.Random(args.seed)
        stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
        self.out = os.path.join(BUILD, "soak", stamp)
        os.makedirs(self.out)
        self.home = os.path.join(self.out, "home")
        os.makedirs(self.home)
        self.database = os.path.join(self.out, "news.sqlite")
        self.logfile = open(os.path.join(self.out, "log.jsonl"), "w")
        self.results = {}

    def env(self, display=None):
        env = dict(os.environ)
        env["HOME"] = self.home
        env["XDG_CONFIG_HOME"] = os.path.join(self.home, ".config")
        env["XDG_DATA_HOME"] = os.path.join(self.home, ".local", "share")
        env["LANG"] = "de_DE.UTF-8"
        env.pop("XAUTHORITY", None)
        if display:
            env["DISPLAY"] = display
            env["QT_QPA_PLATFORM"] = "xcb"
        return env

    def record(self, **entry):
        self.logfile.write(json.dumps(entry, ensure_ascii=False) + "\n")
        self.logfile.flush()

    def create_database(self, path):
        # newsdesk-cli opens only existing databases; the editor's self-test creates one.
        env = self.env()
        env["QT_QPA_PLATFORM"] = "offscreen"
        run([NEWSDESK, "--database", path, "--self-test"], env=env, check=True, timeout=120)

    # --- the article ---------------------------------------------------------------------

    def create_article(self, words=20000):
        paragraphs = []
        count = 0
        while count < words:
            paragraph = " ".join(self.random.choice(BODY_SENTENCES) for _ in range(6))
            paragraphs.append(paragraph)
            count += len(paragraph.split())
        source = os.path.join(self.out, "haushalt.txt")
        with open(source, "w", encoding="utf-8") as f:
            f.write("Stadtrat beschliesst Haushalt\n\n" + "\n\n".join(paragraphs) + "\n")
        self.create_database(self.database)
        run([CLI, "--database", self.database, "import", source], env=self.env(), check=True, timeout=300)
        return count

    # --- the editor ----------------------------------------------------------------------

    def xdotool(self, display, *args, timeout=30):
        return run(["xdotool", *args], env=self.env(display), timeout=timeout)

    def start_editor(self, display):
        # Each start's own stderr, so that a start that failed can be told apart: the editor
        # crashed, or the X server (busy with the soak's many xdotool clients) refused it.
        self.last_stderr = os.path.join(self.out, "editor-stderr-last.log")
        stderr = open(self.last_stderr, "wb")
        process = subprocess.Popen([NEWSDESK, "--database", self.database], env=self.env(display),
                                   stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = time.monotonic() + 60
        window = ""
        while time.monotonic() < deadline and process.poll() is None and not window:
            found = self.xdotool(display, "search", "--onlyvisible", "--name", "^Newsdesk", timeout=10)
            window = found.stdout.decode().split("\n")[0].strip()
        if process.poll() is not None or not window:
            return process, None
        return process, window

    def accept_recovery(self, display, process):
        # "Restore unsaved changes?" (Yes is the default button) comes right after the window.
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and process.poll() is None:
            found = self.xdotool(display, "search", "--onlyvisible", "--name", "wiederherstellen|Restore", timeout=10)
            dialog = found.stdout.decode().split("\n")[0].strip()
            if dialog:
                self.xdotool(display, "windowfocus", "--sync", dialog)
                self.xdotool(display, "key", "--window", dialog, "Return")
                # Typing starts only once the question is gone: a click or keys that reach the
                # closing dialog would never reach the body.
                while time.monotonic() < deadline + 15 and process.poll() is None:
                    found = self.xdotool(display, "search", "--onlyvisible", "--name", "wiederherstellen|Restore", timeout=10)
                    if not found.stdout.decode().strip():
                        break
                    time.sleep(0.1)
                return True
        return False

    def display_refused(self):
        with open(self.last_stderr, "rb") as f:
            return b"could not connect to display" in f.read()

    def focus_body_end(self, display, window):
        self.xdotool(display, "windowsize", "--sync", window, "1366", "740")
        self.xdotool(display, "windowmove", "--sync", window, "0", "0")
        self.xdotool(display, "windowfocus", "--sync", window)
        # The keys go where the X focus is: make sure it is the editor's window before typing.
        for _ in range(5):
            self.xdotool(display, "mousemove", "--window", window, str(self.args.body_x), str(self.args.body_y))
            self.xdotool(display, "click", "1")
            self.xdotool(display, "key", "ctrl+End")
            focused = self.xdotool(display, "getwindowfocus").stdout.decode().strip()
            if focused == window:
                return True
            self.xdotool(display, "windowactivate", "--sync", window)
            self.xdotool(display, "windowfocus", "--sync", window)
        return False

    def recovery_text(self, display):
        result = run([NEWSDESK, "--database", self.database, "--print-recovery"], env=self.env(display), timeout=120)
        return result.returncode, result.stdout.decode(errors="replace"), result.stderr.decode(errors="replace")

    def soak(self, kills):
        display = Display()
        lost = []
        corrupt = 0
        restart_crashes = 0
        not_offered = 0
        window_missing = 0
        restart_not_offered = 0
        display_refused = 0
        not_focused = 0
        crashed_while_typing = 0
        typed_total = 0
        cycle_seconds = []
        try:
            for kill in range(1, kills + 1):
                cycle_start = time.monotonic()
                process, window = self.start_editor(display.name)
                if window is None and process.poll() is not None and self.display_refused():
                    # Not the editor's fault: the X server refused the connection. Start again.
                    display_refused += 1
                    self.record(kill=kill, event="display refused the connection; started again")
                    time.sleep(1)
                    process, window = self.start_editor(display.name)
                if window is None:
                    crashed = process.poll() is not None and process.returncode != 0
                    restart_crashes += 1 if crashed else 0
                    window_missing += 0 if crashed else 1
                    with open(self.last_stderr, "rb") as f:
                        stderr_tail = f.read()[-2000:].decode(errors="replace")
                    self.record(kill=kill, event="no window", returncode=process.poll(), stderr=stderr_tail)
                    if process.poll() is None:
                        process.kill()
                        process.wait()
                    continue
                if kill > 1:
                    # The restart after a kill: the journal must be offered.
                    if not self.accept_recovery(display.name, process):
                        restart_not_offered += 1
                        self.record(kill=kill, event="restart did not offer the journal", returncode=process.poll())
                        if process.poll() is not None and process.returncode != 0:
                            restart_crashes += 1
                            continue
                if not self.focus_body_end(display.name, window):
                    not_focused += 1
                    self.record(kill=kill, event="the editor's window did not take the focus")
                delay = self.random.uniform(self.args.min_seconds, self.args.max_seconds)
                killed_at = []

                def killer():
                    if process.poll() is None:
                        process.send_signal(signal.SIGKILL)
                        killed_at.append(time.monotonic())

                timer = threading.Timer(delay, killer)
                start = time.monotonic()
                timer.start()
                words = []  # (time the word was complete, text typed so far)
                typed = ""
                while process.poll() is None and not killed_at:
                    sentence = self.random.choice(SENTENCES)
                    for word in sentence.split():
                        if process.poll() is not None or killed_at:
                            break
                        began = time.monotonic()
                        self.xdotool(display.name, "type", "--delay", str(self.args.key_ms), word + " ", timeout=60)
                        typed += word + " "
                        words.append((began, time.monotonic(), typed))
                    if process.poll() is None and not killed_at:
                        time.sleep(self.random.uniform(0.3, 4.0))  # the journalist thinks
                timer.cancel()
                timer.join()
                process.wait()
                if not killed_at:
                    # Ended by itself while typing: a crash, not our kill.
                    crashed_while_typing += 1
                    self.record(kill=kill, event="crashed while typing", returncode=process.returncode)
                kill_time = killed_at[0] if killed_at else time.monotonic()
                typed_total += len(typed)

                check = integrity(self.database)
                if check != "ok":
                    corrupt += 1
                code, offered, error = self.recovery_text(display.name)
                if code != 0:
                    restart_crashes += 1
                offered_text = normalized(offered)
                has_entry = "article " in offered
                # After the first kill the journal always holds an entry (the recovered text is
                # journaled until saved); before, once typing went on past the maximum interval.
                if words and not has_entry and (kill > 1 or kill_time - words[0][0] > self.args.journal_max + 1):
                    not_offered += 1
                # The longest typed prefix the journal ends with, to the character (a journal
                # write may come in the middle of a word): what was typed after it is lost.
                # Lost typing is the time spent typing it (pauses do not count: nothing was typed
                # then), up to the kill; within a word the keys come at an even pace.
                journaled_chars = 0
                for length in range(len(typed), 0, -1):
                    prefix = normalized(typed[:length])
                    if prefix and typed[length - 1] != " " and offered_text.endswith(prefix):
                        journaled_chars = length
                        break
                lost_seconds = 0.0
                word_start = 0
                for began, end, so_far in words:
                    end = min(end, kill_time)
                    letters = len(so_far) - word_start
                    unsaved = min(letters, max(0, len(so_far) - journaled_chars))
                    if end > began and letters > 0:
                        lost_seconds += (end - began) * unsaved / letters
                    word_start = len(so_far)
                lost.append(lost_seconds)
                entry = dict(kill=kill, after=round(kill_time - start, 2), typed=len(typed), journaled=journaled_chars,
                             lost_chars=len(typed) - journaled_chars, lost_seconds=round(lost_seconds, 2),
                             integrity=check, offered=has_entry, print_recovery=code)
                if lost_seconds > self.args.journal_max:
                    # For the analysis of a miss: what was typed, and how the journal ends.
                    entry.update(typed_text=typed, journal_tail=offered_text[-300:])
                self.record(**entry)
                cycle_seconds.append(time.monotonic() - cycle_start)
                log("kill %3d after %5.1f s: typed %4d, journaled %4d, lost %5.1f s, integrity %s%s (cycle %.1f s)" % (
                    kill, kill_time - start, len(typed), journaled_chars, lost_seconds, check,
                    "" if code == 0 else ", print-recovery failed: " + error.strip(), cycle_seconds[-1]))
            # The restart after the last kill, checked like the others.
            if kills > 0:
                process, window = self.start_editor(display.name)
                if window is None:
                    restart_crashes += 1 if process.poll() is not None and process.returncode != 0 else 0
                    window_missing += 0 if process.poll() is not None and process.returncode != 0 else 1
                elif not self.accept_recovery(display.name, process):
                    restart_not_offered += 1
                if process.poll() is None:
                    process.kill()
                process.wait()
        finally:
            display.close()
        self.results["soak"] = {
            "kills": kills, "corrupt": corrupt, "restart_crashes": restart_crashes, "window_missing": window_missing,
            "not_offered": not_offered, "restart_not_offered": restart_not_offered,
            "crashed_while_typing": crashed_while_typing, "display_refused": display_refused,
            "not_focused": not_focused, "typed_chars": typed_total,
            "cycle_median_s": round(statistics.median(cycle_seconds), 1) if cycle_seconds else None,
            "lost_median_s": round(statistics.median(lost), 2) if lost else None,
            "lost_p90_s": round(sorted(lost)[int(len(lost) * 0.9)], 2) if lost else None,
            "lost_worst_s": round(max(lost), 2) if lost else None,
            "within_goal": sum(1 for x in lost if x <= self.args.journal_max),
        }

    # --- kills of other work ---------------------------------------------------------------

    def kill_after(self, args, seconds, env):
        process = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            process.wait(seconds)
            return False  # finished before the kill
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True

    def photos_database(self, articles=40):
        path = os.path.join(self.out, "export-source.sqlite")
        if os.path.exists(path):
            return path
        folder = os.path.join(self.out, "import-source")
        os.makedirs(folder, exist_ok=True)
        for i in range(articles):
            with open(os.path.join(folder, "artikel-%03d.txt" % i), "w", encoding="utf-8") as f:
                body = "\n\n".join(" ".join(self.random.choice(BODY_SENTENCES) for _ in range(8)) for _ in range(30))
                f.write("Artikel %d zum Haushalt\n\n%s\n" % (i, body))
        files = sorted(os.path.join(folder, name) for name in os.listdir(folder))
        self.create_database(path)
        run([CLI, "--database", path, "import", *files], env=self.env(), check=True, timeout=600)
        # Every article gets the lead photo of the test data, so that the export writes photo
        # renditions (JPEG and WebP) too.
        with open(os.path.join(REPO, "tests", "data", "photos", "uss-ronald-reagan-navy.jpg"), "rb") as f:
            photo = f.read()
        connection = sqlite3.connect(path)
        connection.execute("INSERT INTO photos (sha256, data, mime_type, width, height) VALUES (?, ?, 'image/jpeg', 200, 130)",
                           (hashlib.sha256(photo).digest(), photo))
        connection.execute("UPDATE revisions SET photo_id = (SELECT max(id) FROM photos)")
        connection.commit()
        connection.close()
        return path

    @staticmethod
    def complete_file(path):
        with open(path, "rb") as f:
            data = f.read()
        if path.endswith(".html"):
            return data.rstrip().endswith(b"</html>")
        if path.endswith(".json"):
            try:
                json.loads(data)
                return True
            except ValueError:
                return False
        if path.endswith((".jpg", ".jpeg")):
            return data.startswith(b"\xff\xd8") and data.rstrip(b"\x00").endswith(b"\xff\xd9")
        if path.endswith(".webp"):
            return data[:4] == b"RIFF" and int.from_bytes(data[4:8], "little") + 8 == len(data)
        if path.endswith(".css"):
            return len(data) > 0
        return True

    def export_kills(self, kills):
        source = self.photos_database()
        half_written = 0
        leftovers = 0
        runs = 0
        files_seen = 0
        for i in range(kills):
            out = os.path.join(self.out, "export-%d" % i)
            os.makedirs(out)
            # --force: the sample set-up keeps the placeholder address for canonical links.
            killed = self.kill_after([CLI, "--database", source, "export", "--force", "--out", out, "--all"],
                                     self.random.uniform(0.05, 3.0), self.env())
            runs += 1 if killed else 0
            for root, _, names in os.walk(out):
                for name in names:
                    path = os.path.join(root, name)
                    files_seen += 1
                    if not self.complete_file(path):
                        # QSaveFile's temporary files are named after the target plus a suffix;
                        # a leftover is not a page anybody would publish, but it is counted.
                        if re.search(r"\.(html|json|jpg|webp|css)\.[A-Za-z0-9]{6}$", name):
                            leftovers += 1
                        else:
                            half_written += 1
                            self.record(phase="export", half_written=path)
            shutil.rmtree(out)
        self.results["export"] = {"kills": runs, "runs": kills, "files_checked": files_seen, "half_written": half_written,
                                  "temporary_leftovers": leftovers}

    def import_kills(self, kills):
        self.photos_database()
        folder = os.path.join(self.out, "import-source")
        files = sorted(os.path.join(folder, name) for name in os.listdir(folder))
        expected = {}
        for path in files:
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            expected[lines[0].strip()] = len(" ".join(lines[1:]).split())
        half = 0
        corrupt = 0
        runs = 0
        complete = 0
        for i in range(kills):
            target = os.path.join(self.out, "import-%d.sqlite" % i)
            self.create_database(target)
            killed = self.kill_after([CLI, "--database", target, "import", *files], self.random.uniform(0.02, 1.0), self.env())
            runs += 1 if killed else 0
            if integrity(target) != "ok":
                corrupt += 1
                continue
            connection = sqlite3.connect(target)
            for (headline, words) in connection.execute("SELECT headline, words FROM articles"):
                if headline not in expected or abs(expected[headline] - words) > 3:
                    half += 1
                    self.record(phase="import", half_imported=headline, words=words, expected=expected.get(headline))
                else:
                    complete += 1
            connection.close()
            os.remove(target)
        self.results["import"] = {"kills": runs, "runs": kills, "complete_articles": complete, "half_imported": half,
                                  "corrupt": corrupt}

    def copy_kills(self, kills):
        source = self.photos_database()
        total = sqlite3.connect(source).execute("SELECT count(*) FROM articles").fetchone()[0]
        partial = 0
        corrupt = 0
        runs = 0
        outcomes = {"nothing": 0, "all": 0}
        for i in range(kills):
            target = os.path.join(self.out, "copy-%d.sqlite" % i)
            killed = self.kill_after([CLI, "copy", "--from", "sqlite:" + source, "--to", "sqlite:" + target],
                                     self.random.uniform(0.05, 2.0), self.env())
            runs += 1 if killed else 0
            if os.path.exists(target):
                check = integrity(target)
                if check != "ok":
                    corrupt += 1
                else:
                    try:
                        count = sqlite3.connect(target).execute("SELECT count(*) FROM articles").fetchone()[0]
                    except sqlite3.Error:
                        count = 0  # killed before the schema existed
                    if count not in (0, total):
                        partial += 1
                        self.record(phase="copy", partial=count, of=total)
                    else:
                        outcomes["all" if count == total else "nothing"] += 1
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(target + suffix):
                        os.remove(target + suffix)
        self.results["copy"] = {"kills": runs, "runs": kills, "partial": partial, "corrupt": corrupt,
                                "found_nothing": outcomes["nothing"], "found_all": outcomes["all"]}

    # --- a full disk -----------------------------------------------------------------------

    def full_disk(self):
        mount = os.path.join(self.out, "small-disk")
        os.makedirs(mount)
        result = run(["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", mount])
        if result.returncode != 0:
            self.results["full_disk"] = {"error": "cannot mount a tmpfs: " + result.stderr.decode().strip()}
            return
        display = Display()
        try:
            database = os.path.join(mount, "news.sqlite")
            self.create_database(database)
            source = os.path.join(self.out, "kurz.txt")
            with open(source, "w", encoding="utf-8") as f:
                f.write("Kurzer Artikel\n\nDer Stadtrat tagt.\n")
            run([CLI, "--database", database, "import", source], env=self.env(), check=True)
            saved_db, self.database = self.database, database
            process, window = self.start_editor(display.name)
            self.database = saved_db
            if window is None:
                self.results["full_disk"] = {"error": "the editor did not start on the small disk"}
                return
            self.focus_body_end(display.name, window)
            # Fill the disk to the last byte.
            filler = os.path.join(mount, "filler")
            run(["dd", "if=/dev/zero", "of=" + filler, "bs=64k"], timeout=60)
            words = "Die Opposition verlaesst unter Protest den Saal "
            self.xdotool(display.name, "type", "--delay", "20", words * 40, timeout=120)
            self.xdotool(display.name, "key", "ctrl+s")
            # The save fails: a warning window says why.
            message = ""
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not message:
                found = self.xdotool(display.name, "search", "--onlyvisible", "--name", "gespeichert|Saved", timeout=10)
                dialog = found.stdout.decode().split("\n")[0].strip()
                if dialog:
                    message = self.xdotool(display.name, "getwindowname", dialog).stdout.decode().strip()
                    self.xdotool(display.name, "key", "--window", dialog, "Return")
            intact_while_full = integrity(database)
            os.remove(filler)
            self.xdotool(display.name, "windowfocus", "--sync", window)
            self.xdotool(display.name, "key", "ctrl+s")
            stored = ""
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and "verlaesst unter Protest" not in stored:
                try:
                    connection = sqlite3.connect("file:%s?mode=ro" % database, uri=True, timeout=10)
                    rows = connection.execute("SELECT snapshot FROM revisions ORDER BY revision DESC LIMIT 1").fetchall()
                    connection.close()
                    stored = rows[0][0] if rows else ""
                except sqlite3.Error:
                    pass
                time.sleep(0.5)
            saved_after = "verlaesst unter Protest" in stored
            process.terminate()
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            self.results["full_disk"] = {"warning_window": message, "integrity_while_full": intact_while_full,
                                         "saved_after_room": saved_after, "integrity_after": integrity(database)}
        finally:
            display.close()
            run(["umount", mount])

    def summary(self):
        lines = ["# Kill soak %s (seed %d)" % (os.path.basename(self.out), self.args.seed), ""]
        lines.append("```json")
        lines.append(json.dumps(self.results, indent=2, ensure_ascii=False))
        lines.append("```")
        text = "\n".join(lines) + "\n"
        with open(os.path.join(self.out, "summary.md"), "w") as f:
            f.write(text)
        log(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kills", nargs="?", type=int, default=200)
    parser.add_argument("--only", default="soak,export,import,copy,disk", help="phases, comma-separated")
    parser.add_argument("--other-kills", type=int, default=20, help="kills per export/import/copy phase")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--key-ms", type=int, default=180, help="xdotool delay between keys")
    parser.add_argument("--min-seconds", type=float, default=1.0, help="earliest kill after typing began")
    parser.add_argument("--max-seconds", type=float, default=8.0, help="latest kill after typing began")
    parser.add_argument("--journal-max", type=float, default=2.0,
                        help="the editor's maximum autosave interval in seconds (the goal for lost typing)")
    parser.add_argument("--bin", help="folder with newsdesk and newsdesk-cli (default: the build's bin)")
    parser.add_argument("--body-x", type=int, default=700, help="a point inside the body editor")
    parser.add_argument("--body-y", type=int, default=500)
    args = parser.parse_args()
    if args.bin:
        global NEWSDESK, CLI
        NEWSDESK = os.path.join(os.path.abspath(args.bin), "newsdesk")
        CLI = os.path.join(os.path.abspath(args.bin), "newsdesk-cli")
    for tool in ("Xvfb", "xdotool"):
        if not shutil.which(tool):
            sys.exit("soak: %s is missing (tools/debian-packages.txt)" % tool)
    for binary in (NEWSDESK, CLI):
        if not os.access(binary, os.X_OK):
            sys.exit("soak: %s is missing; run tools/dev build first" % binary)
    soak = Soak(args)
    phases = args.only.split(",")
    log("soak: results in %s (seed %d)" % (soak.out, args.seed))
    if "soak" in phases:
        words = soak.create_article()
        log("soak: a %d-word article; %d kills" % (words, args.kills))
        soak.soak(args.kills)
    if "export" in phases:
        soak.export_kills(args.other_kills)
    if "import" in phases:
        soak.import_kills(args.other_kills)
    if "copy" in phases:
        soak.copy_kills(args.other_kills)
    if "disk" in phases:
        soak.full_disk()
    soak.summary()


if __name__ == "__main__":
    main()
