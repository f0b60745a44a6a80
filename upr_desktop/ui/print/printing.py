"""Sending a document to a printer: as vector PDF through CUPS (lp) where there is one, else page by page as
images at the printer's resolution; and the paper size and file name a document starts with."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from ... import private_temp
from ...domain.errors import WorkshopError
from ...io.pdf import save_pdf
from ..common.translation import translate


# Where people print on US Letter rather than A4 (everywhere else uses A4).
LETTER_TERRITORIES = frozenset(
    getattr(QLocale.Country, name) for name in (
        "UnitedStates", "Canada", "Mexico", "Philippines", "Chile", "Colombia", "CostaRica", "DominicanRepublic",
        "ElSalvador", "Guatemala", "Nicaragua", "Panama", "PuertoRico", "Venezuela", "Belize")
    if hasattr(QLocale.Country, name))
BAND_ROWS = 512  # pages go to the printer as images at its own resolution, a band of rows at a time
MAX_IMAGE_DPI = 600  # where pages must go as images: finer adds megabytes, not sharpness
LP_TIMEOUT_S = 60

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintPage", text)


def default_paper(locale: QLocale | None = None) -> str:
    """US Letter where people use it, A4 everywhere else: by where the computer is set to be (the system's
    locale), not by the interface language (English would mean the United States)."""
    locale = locale or QLocale.system()
    return "letter" if locale.territory() in LETTER_TERRITORIES else "a4"


def safe_file_name(text: str, fallback: str) -> str:
    """A file name (without its suffix) that Windows, macOS and Linux all accept."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]+', " ", text)
    name = " ".join(name.split()).strip(" .")[:120].strip(" .")
    return name or fallback


def print_pdf(document: QPdfDocument, printer: QPrinter, *, current_page: int = 0,
              progress: Callable[[int, int], bool] | None = None) -> int:
    """Paint the document's pages on the printer, each as an image filling the printable area.

    Honours the print dialog's choices: all pages, a page range, the current page or a selection of
    none; the number of copies (when the printer doesn't make them itself), collation and page order.
    `progress(done, total)` may return False to stop; the job is then aborted. Returns the sheets painted.
    """
    count = document.pageCount()
    if document.status() != QPdfDocument.Status.Ready or count == 0:
        raise WorkshopError(translate("PrintPage", "There is nothing to print yet: the preview is not ready."))
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = min(count, printer.fromPage()) - 1
        last = min(count, printer.toPage() or count) - 1
    elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
        first = last = max(0, min(count - 1, current_page))
    pages = list(range(first, last + 1))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        sheets = pages * copies
    else:
        sheets = [page for page in pages for _ in range(copies)]

    if printer.resolution() > MAX_IMAGE_DPI:
        printer.setResolution(MAX_IMAGE_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise WorkshopError(translate("PrintPage", "The printer could not be started. Check that it is switched on and connected, "
                                "or choose another printer."))
    area = printer.pageRect(QPrinter.Unit.DevicePixel)  # the painter's origin is this area's top left
    done = 0
    try:
        for number, page in enumerate(sheets):
            if progress is not None and not progress(number, len(sheets)):
                printer.abort()
                break
            if number:
                printer.newPage()
            paint_page(document, page, painter, area)
            done += 1
    finally:
        painter.end()
    if progress is not None and done == len(sheets):
        progress(done, len(sheets))
    return done


def _sheets_wanted(printer: QPrinter, count: int, current_page: int) -> tuple[int, int] | None:
    """The first and last page (from 1) the print dialog asked for, or None for all of them."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = min(count, printer.fromPage())
        return first, max(first, min(count, printer.toPage() or count))
    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        page = max(0, min(count - 1, current_page)) + 1
        return page, page
    return None


def lp_command(printer: QPrinter, pdf: Path, count: int, current_page: int = 0, lp: str = "lp",
               destination: str | None = None) -> list[str]:
    """The CUPS command that prints our own PDF, as vectors, with the print dialog's choices: printer, pages,
    copies, collation, order, two-sided and paper. CUPS (Linux, macOS) turns the PDF into what the printer
    takes; only the printer's driver decides how fine that is."""
    command = [lp, "-d", destination or printer.printerName(), "-t", printer.docName() or pdf.stem,
               "-n", str(max(1, printer.copyCount()))]
    pages = _sheets_wanted(printer, count, current_page)
    if pages is not None:
        command += ["-o", f"page-ranges={pages[0]}-{pages[1]}"]
    command += ["-o", "collate=true" if printer.collateCopies() else "collate=false"]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        command += ["-o", "outputorder=reverse"]
    sides = {QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
             QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge",
             QPrinter.DuplexMode.DuplexNone: "one-sided"}.get(printer.duplex())
    if sides:
        command += ["-o", f"sides={sides}"]
    media = {QPageSize.PageSizeId.A4: "A4", QPageSize.PageSizeId.Letter: "Letter"}.get(
        printer.pageLayout().pageSize().id())
    if media:
        command += ["-o", f"media={media}"]
    return [*command, "--", str(pdf)]


def print_vector(pdf: bytes, printer: QPrinter, count: int, current_page: int = 0) -> int | None:
    """Print our own PDF as it is, vectors and text, where the system allows: "Print to file" of the whole
    document gets a copy of it, and a CUPS printer (Linux, macOS) gets the file through `lp`. Returns the
    pages sent, or None where only images can be painted (Windows printers, a page range printed to a file)."""
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat and printer.outputFileName():
        if _sheets_wanted(printer, count, current_page) is not None or printer.copyCount() > 1:
            return None  # a part of the document, or copies: painted (as images) by print_pdf
        save_pdf(pdf, printer.outputFileName())
        return count
    if printer.outputFormat() != QPrinter.OutputFormat.NativeFormat or sys.platform == "win32":
        return None
    lp = shutil.which("lp")
    if lp is None or not printer.printerName():
        return None
    return send_to_cups(pdf, printer, count, current_page, lp)


def send_to_cups(pdf: bytes, printer: QPrinter, count: int, current_page: int = 0, lp: str = "lp",
                 destination: str | None = None) -> int:
    """Hand our PDF to CUPS with `lp`; returns the sheets asked for. A refusal is told in words."""
    destination = destination or printer.printerName()
    with tempfile.TemporaryDirectory(prefix="upr-print-", dir=private_temp.folder()) as folder:
        path = Path(folder) / f"{safe_file_name(printer.docName(), 'document')}.pdf"
        path.write_bytes(pdf)
        try:
            done = subprocess.run(lp_command(printer, path, count, current_page, lp, destination),
                                  capture_output=True, text=True, timeout=LP_TIMEOUT_S)
        except (OSError, subprocess.TimeoutExpired) as error:
            log.warning("lp failed: %s", error)
            raise WorkshopError(translate("PrintPage", "The printing system did not take the document. Check that the printer is "
                                    "set up, or save as PDF and print that file.")) from error
    if done.returncode != 0:
        log.warning("lp refused the job (%s): %s", done.returncode, done.stderr.strip())
        raise WorkshopError(translate("PrintPage", "The printer “%1” refused the document: %2").replace("%1", destination)
                            .replace("%2", done.stderr.strip() or translate("PrintPage", "no reason given")))
    pages = _sheets_wanted(printer, count, current_page)
    return (pages[1] - pages[0] + 1 if pages else count) * max(1, printer.copyCount())


def paint_page(document: QPdfDocument, page: int, painter: QPainter, area: QRectF) -> None:
    """One page at the printer's resolution, fitted to its printable area and centred there. It is
    rendered in bands: a whole A4 page at 1200 dpi would be a 500 MB image."""
    points = document.pagePointSize(page)
    scale = min(area.width() / points.width(), area.height() / points.height())  # device pixels per point
    size = QSize(max(1, round(points.width() * scale)), max(1, round(points.height() * scale)))
    left, top = (area.width() - size.width()) / 2, (area.height() - size.height()) / 2
    for band_top in range(0, size.height(), BAND_ROWS):
        rows = min(BAND_ROWS, size.height() - band_top)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(size)
        options.setScaledClipRect(QRect(0, band_top, size.width(), rows))
        band = QImage(size.width(), rows, QImage.Format.Format_RGB32)  # rendered pages are transparent where blank
        band.fill(Qt.GlobalColor.white)
        onto = QPainter(band)
        onto.drawImage(0, 0, document.render(page, QSize(size.width(), rows), options))
        onto.end()
        painter.drawImage(QPointF(left, top + band_top), band)
