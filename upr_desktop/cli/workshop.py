"""The workshop commands: new, set, import, info, search, demo, clean."""

from __future__ import annotations

import json
from pathlib import Path

from ..domain.errors import WorkshopError
from ..domain.workshop import ALL_COUNTRIES, WorkshopInfo
from ..i18n import format_number  # digits grouped as the --lang language does
from ..text import Context, listing, translate

CommandLine = Context("CommandLine")  # plural sentences: lupdate takes the context from this name
from ..text import LANGUAGE_NAMES, LANGUAGES

from ..text import translate
from .common import _passphrase, add_passphrase_options, open_workshop, read_passphrase_file


def add_parsers(sub) -> None:
    p = sub.add_parser("new", help="create an empty workshop file")
    p.add_argument("file", type=Path)
    p.add_argument("--title", required=True)
    p.add_argument("--country", default="", help="State under review, or 'all' for a coalition database")
    p.add_argument("--cycle", type=int)
    p.add_argument("--review-date", default="")
    p.add_argument("--venue", default="")
    add_passphrase_options(p, new=True)
    p.add_argument("--document-language", default="en", metavar="|".join(LANGUAGES),
                   help="the language of the documents the workshop writes (PDF, DOCX, XLSX); default en")

    p = sub.add_parser("set", help="change a workshop's settings")
    p.add_argument("file", type=Path)
    p.add_argument("--document-language", metavar="|".join(LANGUAGES),
                   help="the language of the documents the workshop writes (PDF, DOCX, XLSX)")
    add_passphrase_options(p)

    p = sub.add_parser("import", help="import recommendations from a file into a workshop")
    p.add_argument("file", type=Path, help="the workshop (.uprw)")
    p.add_argument("source", type=Path, help="UPR Info CSV/XLS, UHRI XLSX/JSON, OHCHR DOCX, or any CSV/XLSX")
    p.add_argument("--format", default="auto", choices=["auto", "uprinfo", "uhri", "ohchr-docx", "table"])
    p.add_argument("--country", help="State under review to keep, or 'all'")
    p.add_argument("--map", metavar="FIELD=COLUMN,…",
                   help="for a table made by hand: which column holds each field, with the field names of the "
                        "app's mapping step, e.g. text=Recommendation,states=Recommended by,response=Position. "
                        "Fields: text, reference, states, response, themes, affected_persons, sdgs, session, cycle, "
                        "action_category, document_symbol, country. Without it, the mapping saved with an earlier "
                        "import of the same columns is used")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")

    p = sub.add_parser("info", help="describe a workshop")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("search", help="full-text search, best matches first")
    p.add_argument("file", type=Path)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("demo", help="write the illustrative demo workshop to FILE")
    p.add_argument("file", type=Path)
    add_passphrase_options(p, new=True)

    p = sub.add_parser("clean", help="copy a workshop that was refused for holding foreign triggers, views, "
                                     "tables or indexes, keeping only the workshop's own data")
    p.add_argument("file", type=Path)
    p.add_argument("copy", type=Path, help="the new file to write (never overwritten)")

    p = sub.add_parser("encrypt", help="encrypt a plain workshop in place (its plain backups are deleted)")
    p.add_argument("file", type=Path)
    add_passphrase_options(p, new=True)

    p = sub.add_parser("rekey", help="change an encrypted workshop's passphrase, in place")
    p.add_argument("file", type=Path)
    add_passphrase_options(p)
    p.add_argument("--new-passphrase-file", type=Path, metavar="PATH", required=True,
                   help="the new passphrase: the first line of this file")

    p = sub.add_parser("travel-copy", help="write a plain copy without participants' names, contacts and codes, "
                                           "comment authors, confidential evidence or organisation names")
    p.add_argument("file", type=Path)
    p.add_argument("out", type=Path, help="the new file to write (never overwritten)")
    add_passphrase_options(p)

    p = sub.add_parser("recovery-key", help="print the recovery key of an encrypted workshop")
    p.add_argument("file", type=Path)
    add_passphrase_options(p)


def country(value: str | None) -> str | None:
    if value is None:
        return None
    return ALL_COUNTRIES if value.strip().lower() in {"all", "*", "all countries"} else value.strip()


def document_language(value: str) -> str:
    """A --document-language value, or a one-line refusal (exit 1) naming the six."""
    lang = (value or "").strip().lower()
    if lang not in LANGUAGES:
        raise WorkshopError(translate("CommandLine", "--document-language: “{value}” is not one of {codes}.").format(
            value=value, codes=", ".join(LANGUAGES)))
    return lang


def cmd_new(args) -> int:
    from ..ops import Workshop

    info = WorkshopInfo(title=args.title, country=country(args.country) or "", cycle=args.cycle,
                        review_date=args.review_date, venue=args.venue,
                        document_language=document_language(args.document_language))
    Workshop.create(args.file, info, passphrase=_passphrase.get(), command_line=True).close()
    if _passphrase.get() is not None:
        print(translate("CommandLine", "Created {file} (encrypted)").format(file=args.file))
    else:
        print(translate("CommandLine", "Created {file}").format(file=args.file))
    return 0


def cmd_set(args) -> int:
    if args.document_language is None:
        raise WorkshopError(translate("CommandLine", "Say what to change, e.g. --document-language fr."))
    lang = document_language(args.document_language)
    with open_workshop(args.file, command_line=True) as workshop:
        if workshop.read_only:
            raise WorkshopError(translate("CommandLine", "“{name}” is read-only; copy it to a writable folder "
                                                          "first.").format(name=args.file.name))
        workshop.set_document_language(lang)
    print(translate("CommandLine", "The documents of {name} will be written in {language} ({code}).").format(
        name=args.file.name, language=LANGUAGE_NAMES[lang], code=lang))
    return 0


def _column_mapping(text: str):
    """"text=Recommendation,states=Recommended by" → ColumnMapping. A comma followed by "name=" starts the
    next field, so column names may hold commas."""
    import re

    from ..io.importers import ColumnMapping

    fields = list(ColumnMapping.__dataclass_fields__)
    chosen: dict[str, str] = {}
    for part in re.split(r",(?=\s*[A-Za-z_]+\s*=)", text):
        name, equals, column = part.partition("=")
        name = name.strip().lower()
        if not equals or name not in fields or not column.strip():
            raise WorkshopError(translate("CommandLine", "--map: “{part}” is not FIELD=COLUMN with a known field; "
                                                         "the fields are {listed}.").format(
                part=part.strip(), listed=', '.join(fields)))
        if name in chosen:
            raise WorkshopError(translate("CommandLine", "--map: the field “{name}” is given twice.").format(
                name=name))
        chosen[name] = column.strip()
    if "text" not in chosen:
        raise WorkshopError(translate("CommandLine", "--map: say which column holds the recommendation text, e.g. "
                                                     "text=Recommendation."))
    return ColumnMapping(**chosen)


# How often `upr-desktop import` says how far it has got, on standard error: on a terminal the line is
# rewritten in place; elsewhere (a log, a pipe) a line now and then. A short import says nothing, and
# --json output on standard output is never mixed with it.
PROGRESS_SECONDS_TERMINAL = 0.5
PROGRESS_SECONDS = 5.0


class ImportProgress:
    """The progress callbacks the import dialog's worker gives read_source and import_recommendations
    (done, total), said on standard error as whole sentences. While neither calls back (unpacking a
    workbook, preparing the rows, indexing them), the last sentence is said again, so a long import never
    looks stuck."""

    def __init__(self, source: Path, stream=None, *, interval: float | None = None):
        import sys
        import threading
        import time

        self._stream = stream if stream is not None else sys.stderr
        try:
            self._terminal = self._stream.isatty()
        except (AttributeError, ValueError):
            self._terminal = False
        self._interval = interval if interval is not None else (
            PROGRESS_SECONDS_TERMINAL if self._terminal else PROGRESS_SECONDS)
        self._clock = time.monotonic
        self._last = self._clock()  # the first line comes after one interval: a short import says nothing
        self._source = source.name
        self._rewritten = False  # a terminal line waits for its newline
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._heartbeat = None
        # Unpacking a workbook comes before its first row: said again and again if it takes long.
        self._sentence = translate("CommandLine", "Reading “{file}”: {percent}% done…").format(
            file=self._source, percent=0)
        if self._interval > 0:
            self._heartbeat = threading.Thread(target=self._beat, name="import-progress", daemon=True)
            self._heartbeat.start()

    def reading(self, done: int, total: int) -> None:
        """done and total are bytes for a CSV or a big JSON file, rows otherwise: said as a share."""
        if total:
            self._update(translate("CommandLine", "Reading “{file}”: {percent}% done…").format(
                file=self._source, percent=_percent(done, total)))

    def saving(self, done: int, total: int) -> None:
        if not total:
            return
        if done >= total:  # every row is written; the search index and the sort keys' indexes follow
            self._update(CommandLine.tr("Indexing %n recommendation(s) for search and sorting…", None, total))
        else:
            self._update(CommandLine.tr("Saved {done} of %n recommendation(s) to the workshop…", None,
                                        total).format(done=format_number(done)))

    def finish(self) -> None:
        self._stopped.set()
        if self._heartbeat is not None:
            self._heartbeat.join()
            self._heartbeat = None
        with self._lock:
            if self._rewritten:
                self._stream.write("\n")
                self._stream.flush()
                self._rewritten = False

    def _update(self, sentence: str) -> None:
        with self._lock:
            self._sentence = sentence
            if self._clock() - self._last >= self._interval:
                self._say()

    def _beat(self) -> None:
        while not self._stopped.wait(self._interval / 2):
            with self._lock:
                if self._clock() - self._last >= self._interval:
                    self._say()

    def _say(self) -> None:
        """Under the lock."""
        self._last = self._clock()
        if self._terminal:
            self._stream.write("\r\x1b[K" + self._sentence)
            self._rewritten = True
        else:
            self._stream.write(self._sentence + "\n")
        self._stream.flush()


def _percent(done: int, total: int) -> int:
    return max(0, min(100, int(100 * done / total))) if total else 0


def cmd_import(args) -> int:
    from ..io.importers import ColumnMapping, NeedsColumnMapping, read_source
    from ..ops import NeedsCountryChoice, Workshop

    mapping = _column_mapping(args.map) if args.map else None
    with open_workshop(args.file, command_line=True) as workshop:
        if workshop.read_only:
            raise WorkshopError(translate("CommandLine", "“{name}” is read-only; copy it to a writable folder "
                                                         "first.").format(
                name=args.file.name))
        progress = ImportProgress(args.source)
        try:
            try:
                parsed = read_source(args.source, args.format, mapping=mapping, progress=progress.reading)
            except NeedsColumnMapping as error:
                saved = workshop.saved_mapping(error.preview.columns)
                if saved is None:
                    raise WorkshopError(
                        translate("CommandLine", "{message} Give the columns with --map, e.g. --map "
                                                 "text={columns},states=…,response=…").format(
                            message=error.message, columns=error.preview.columns[0])) from None
                parsed = read_source(args.source, args.format, mapping=ColumnMapping(**saved),
                                     progress=progress.reading)
                parsed.notes.append(translate("CommandLine", "Columns were mapped as at the last import of a table "
                                                             "with the same columns."))
            try:
                summary, _ = workshop.import_recommendations(
                    parsed.recommendations, source_file=args.source.name, format=parsed.format,
                    country=country(args.country), mapping=parsed.saved_mapping(), progress=progress.saving)
            except NeedsCountryChoice as error:
                names = listing([f"{name} ({format_number(n)})" for name, n in error.countries[:8]],
                                conjunction=len(error.countries) <= 8)
                if len(error.countries) > 8:
                    names = translate("CommandLine", "{names} and {more} more").format(
                        names=names, more=len(error.countries) - 8)
                raise WorkshopError(
                    CommandLine.tr("{name} holds recommendations to %n States under review ({names}). Choose one "
                                   "with --country NAME, or --country all.", None, len(error.countries)).format(
                        name=args.source.name, names=names)
                ) from None
        finally:
            progress.finish()
        result = {
            "source": args.source.name, "format": parsed.format, "rows_read": parsed.rows_read,
            "skipped": len(parsed.skipped), "added": summary.added, "duplicates": summary.duplicates,
            "other_countries": summary.other_countries, "country": summary.country,
            "total": workshop.count(),
        }
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(summary.message())
        if parsed.skipped:
            skipped = len(parsed.skipped)
            text = (translate("CommandLine", "1 row had no recommendation text and was skipped (row {row}).")
                    if skipped == 1 else
                    CommandLine.tr("%n rows had no recommendation text and were skipped (first: row {row}).", None,
                                   skipped))
            print(text.format(row=parsed.skipped[0][0]))
        for note in parsed.notes:
            print(note)
        print(CommandLine.tr("The workshop now holds %n recommendation(s).", None, result["total"]))
    return 0


def cmd_info(args) -> int:
    from ..ops import Workshop

    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
        info = workshop.info()
        data = {
            "schema_version": workshop.schema_version(),
            "title": info.title,
            "country": "all" if info.country == ALL_COUNTRIES else info.country,
            "cycle": info.cycle,
            "review_date": info.review_date,
            "venue": info.venue,
            "start_date": info.start_date,
            "end_date": info.end_date,
            "organisers": list(info.organisers),
            "document_language": info.document_language,
            "recommendations": workshop.count(),
            "responses": workshop.response_counts(),
            "themes": len(workshop.facet_values("theme")),
            "recommending_states": len(workshop.facet_values("state")),
            "imports": [{k: v for k, v in row.items() if k != "id"} for row in workshop.imports()],
        }
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print(f"{data['title']}  ({args.file})")
        print(translate("CommandLine", "Country under review: {country}   Cycle: {cycle}   Documents in: {language}")
              .format(country=data["country"] or "—", cycle=data["cycle"] or "—",
                      language=LANGUAGE_NAMES.get(info.document_language, info.document_language)))
        r = data["responses"]
        if r.get("voluntary_pledge"):
            text = translate("CommandLine", "{recommendations} recommendations: {supported} supported, {noted} noted, "
                                            "{pending} pending, {unknown} unknown, {pledges} voluntary pledges; "
                                            "{themes} themes, {states} recommending States.")
        else:
            text = translate("CommandLine", "{recommendations} recommendations: {supported} supported, {noted} noted, "
                                            "{pending} pending, {unknown} unknown; {themes} themes, {states} "
                                            "recommending States.")
        print(text.format(recommendations=data["recommendations"], supported=r["supported"], noted=r["noted"],
                          pending=r["pending"], unknown=r["unknown"], pledges=r.get("voluntary_pledge"),
                          themes=data["themes"], states=data["recommending_states"]))
    return 0


def cmd_search(args) -> int:
    from ..ops import Workshop

    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
        hits = workshop.search(args.query, args.limit)
    if args.json:
        print(json.dumps([{"id": h.id, "reference": h.reference, "text": h.text, "response": h.response,
                           "states": list(h.states), "snippet": h.snippet} for h in hits], ensure_ascii=False))
    else:
        if not hits:
            print(translate("CommandLine", "No recommendations match."))
        for h in hits:
            print(f"{h.reference or '#' + str(h.id):>8}  {h.response:<9}  {h.snippet}  ({', '.join(h.states)})")
    return 0


def cmd_demo(args) -> int:
    from ..io.demo import create_demo_workshop

    with create_demo_workshop(args.file, passphrase=_passphrase.get()) as workshop:
        print(translate("CommandLine", "Wrote the demo workshop ({count} illustrative recommendations) to "
                                       "{file}").format(count=workshop.count(), file=args.file))
    return 0


def cmd_clean(args) -> int:
    from ..ops import Workshop

    Workshop.save_cleaned_copy(args.file, args.copy, passphrase=_passphrase.get())
    print(translate("CommandLine", "Wrote a cleaned copy of {name} to {copy}. {name} is unchanged.").format(
        name=args.file.name, copy=args.copy))
    return 0


def cmd_encrypt(args) -> int:
    new = _passphrase.get()
    if new is None:
        raise WorkshopError(translate("Encryption", "Give the new passphrase with --passphrase-file FILE or "
                                      "--passphrase-stdin."))
    with open_workshop(args.file, command_line=True) as workshop:
        done = workshop.encrypt(new)
    print(done.message())
    for backup in done.deleted_backups:
        print(translate("Encryption", "Deleted: {path}").format(path=backup))
    return 0


def cmd_rekey(args) -> int:
    if _passphrase.get() is None:
        raise WorkshopError(translate("Encryption", "Give the current passphrase with --passphrase-file FILE or "
                                      "--passphrase-stdin."))
    new = read_passphrase_file(args.new_passphrase_file, "--new-passphrase-file")
    with open_workshop(args.file, command_line=True) as workshop:
        workshop.change_passphrase(new)
    print(translate("Encryption", "The passphrase of “{name}” was changed. The old passphrase and the old recovery "
                    "key no longer open it; print the new recovery key with `upr-desktop recovery-key`.")
          .format(name=args.file.name))
    return 0


def cmd_travel_copy(args) -> int:
    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
        summary = workshop.save_travel_copy(args.out)
    print(summary.message())
    print(translate("Travel copy", "Wrote the travel copy to {path}.").format(path=args.out))
    return 0


def cmd_recovery_key(args) -> int:
    with open_workshop(args.file, read_only=True, command_line=True) as workshop:
        print(workshop.recovery_key())
    return 0


COMMANDS = {"new": cmd_new, "set": cmd_set, "import": cmd_import, "info": cmd_info, "search": cmd_search,
            "demo": cmd_demo, "clean": cmd_clean, "encrypt": cmd_encrypt, "rekey": cmd_rekey,
            "travel-copy": cmd_travel_copy, "recovery-key": cmd_recovery_key}
