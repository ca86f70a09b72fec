"""Print the volunteers' quick guide: docs/volunteers.md → docs/volunteers.pdf, one A4 page per
language (French, then English), with the screenshots it names.

    .venv/bin/python scripts/guide_pdf.py [SOURCE.md] [OUT.pdf]

It reads the small part of Markdown the guide uses: ``## Language`` starts a page, ``###``
headings, paragraphs, ``- `` bullets, **bold**, and lines of images ``![alt](file.png)`` drawn
side by side. Text before the first ``##`` is the file's own preface and is not printed.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checkin.pdf import FAMILY, Document  # noqa: E402

MARGIN = 12.0
BODY = 8.6
LINE = 4.0
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]+)\)")


def _blocks(text: str) -> list[tuple[str, str]]:
    """(kind, text) blocks: page, heading, bullet, para, images."""
    blocks: list[tuple[str, str]] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            kind = "bullet" if para[0].startswith("- ") else "para"
            joined = " ".join(p.strip() for p in para)
            blocks.append((kind, joined[2:] if kind == "bullet" else joined))
            para.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith("# ") and not stripped.startswith("##"):
            continue
        if stripped.startswith("## "):
            flush()
            blocks.append(("page", stripped[3:]))
        elif stripped.startswith("### "):
            flush()
            blocks.append(("heading", stripped[4:]))
        elif IMAGE.fullmatch(stripped.replace(") !", ")!").replace(" ", "")) or (
                stripped.startswith("![") and IMAGE.search(stripped)):
            flush()
            blocks.append(("images", stripped))
        elif not stripped:
            flush()
        elif stripped.startswith("- "):
            flush()
            para.append(stripped)
        else:
            para.append(stripped)
    flush()
    first = next((i for i, b in enumerate(blocks) if b[0] == "page"), len(blocks))
    return blocks[first:]


def _markdown(text: str) -> str:
    """fpdf2's markdown: **bold** stays; `code` becomes plain."""
    return text.replace("`", "")


def render(source: Path, out: Path) -> int:
    """Write the PDF; returns its number of pages."""
    doc = Document(title="Check-in – guide des bénévoles / volunteers' guide")
    doc.set_margins(MARGIN, MARGIN, MARGIN)
    doc.set_auto_page_break(True, MARGIN)
    width = doc.w - 2 * MARGIN
    folder = source.parent
    for kind, text in _blocks(source.read_text("utf-8")):
        if kind == "page":
            doc.add_page()
            doc.set_font(FAMILY, "B", 15)
            title = ("Check-in — guide rapide des bénévoles" if text.lower().startswith("fr")
                     else "Check-in — volunteers' quick guide")
            doc.cell(width, 8, title, new_x="LMARGIN", new_y="NEXT")
            doc.ln(1)
        elif kind == "heading":
            doc.ln(1.2)
            doc.set_font(FAMILY, "B", 10.5)
            doc.cell(width, 5.2, text, new_x="LMARGIN", new_y="NEXT")
        elif kind in ("para", "bullet"):
            doc.set_font(FAMILY, "", BODY)
            if kind == "bullet":
                doc.set_x(MARGIN + 1)
                doc.cell(3, LINE, "•")
                doc.multi_cell(width - 4, LINE, _markdown(text), markdown=True,
                               new_x="LMARGIN", new_y="NEXT")
            else:
                doc.multi_cell(width, LINE, _markdown(text), markdown=True,
                               new_x="LMARGIN", new_y="NEXT")
            doc.ln(0.6)
        elif kind == "images":
            pictures = [folder / name for _alt, name in IMAGE.findall(text)]
            gap = 3.0
            each = (width - gap * (len(pictures) - 1)) / len(pictures)
            height = min(each * 768 / 1366, 40.0)
            each = height * 1366 / 768
            x = MARGIN + (width - (each * len(pictures) + gap * (len(pictures) - 1))) / 2
            y = doc.get_y() + 1
            if y + height > doc.h - MARGIN:
                doc.add_page()
                y = doc.get_y()
            for picture in pictures:
                doc.image(str(picture), x=x, y=y, w=each, h=height)
                doc.set_draw_color(160)
                doc.rect(x, y, each, height)
                x += each + gap
            doc.set_y(y + height + 2)
    doc.output(str(out))
    return doc.pages_count


def main() -> int:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "volunteers.md"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else source.with_suffix(".pdf")
    pages = render(source, out)
    print(f"{out}: {pages} page(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
