"""Renders the demo agreement's DOCX to PDF with LibreOffice and its first page to PNG.

    .venv/bin/python tools/render_export.py [--out docs/screenshots/export-docx-page1.png] [--pages 1]

Needs Debian's libreoffice-writer-nogui (or libreoffice-writer), poppler-utils and fonts-crosextra-carlito
(metric-compatible with Calibri). Not part of `make test`. The demo is loaded into a throw-away SQLite database
on a fixed date, submitted and approved, so the picture is the same on every run.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from agreements.agreement.approval import ApprovalService  # noqa: E402
from agreements.agreement.document import DocumentService  # noqa: E402
from agreements.demo import GIVER, HOLDER, TENANT_ID, DemoLoader  # noqa: E402
from agreements.profiles import TONDER  # noqa: E402
from bot.docx_export import render_docx  # noqa: E402
from store.db import create_engine, make_sessionmaker  # noqa: E402
from store.migrate import upgrade_engine  # noqa: E402
from store.uow import SqlUnitOfWork  # noqa: E402

TODAY = date(2026, 11, 24)


async def demo_docx(database: Path) -> bytes:
    engine = create_engine(f"sqlite+aiosqlite:///{database}")
    try:
        await upgrade_engine(engine)
        async with SqlUnitOfWork(make_sessionmaker(engine)) as uow:
            result = await DemoLoader().load(uow, TODAY)
            holder = await uow.people.get_by_aad(TENANT_ID, HOLDER.aad_object_id)
            giver = await uow.people.get_by_aad(TENANT_ID, GIVER.aad_object_id)
            assert holder is not None and giver is not None
            approvals = ApprovalService(TONDER)
            await approvals.submit(uow, holder, result.agreement_id, None, datetime(2026, 3, 2, 9, tzinfo=UTC))
            await approvals.approve(uow, giver, result.agreement_id, 1, datetime(2026, 3, 10, 13, tzinfo=UTC))
            agreement = await uow.agreements.get(TENANT_ID, result.agreement_id)
            assert agreement is not None
            document = await DocumentService(TONDER).load(uow, agreement, TODAY)
            await uow.commit()
    finally:
        await engine.dispose()
    return render_docx(document)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "export-docx-page1.png")
    parser.add_argument("--pages", type=int, default=1, help="how many pages to render (page N>1: -N suffix)")
    parser.add_argument("--keep", type=Path, help="also copy the DOCX and PDF into this folder")
    args = parser.parse_args()
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("Needs LibreOffice and pdftoppm: apt-get install -y libreoffice-writer-nogui poppler-utils "
              "fonts-crosextra-carlito", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        docx = work / "aftale.docx"
        docx.write_bytes(asyncio.run(demo_docx(work / "demo.db")))
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{work / 'profile'}",
                        "--convert-to", "pdf", "--outdir", str(work), str(docx)],
                       check=True, capture_output=True, timeout=180)
        pdf = work / "aftale.pdf"
        prefix = work / "page"
        subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", str(args.pages), str(pdf), str(prefix)],
                       check=True, timeout=120)
        pages = sorted(work.glob("page*.png"))
        args.out.parent.mkdir(parents=True, exist_ok=True)
        for number, page in enumerate(pages, start=1):
            target = args.out if number == 1 else args.out.with_name(f"{args.out.stem}-{number}{args.out.suffix}")
            shutil.copyfile(page, target)
            print(target)
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(docx, args.keep / docx.name)
            shutil.copyfile(pdf, args.keep / pdf.name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
