"""`aftalebot profile check [FILE]` and `aftalebot profile new-year KEY --to YEAR`: the municipality profiles as files
(agreements.profile_files)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from agreements.profile_files import (
    ProfileError,
    new_year_text,
    parse_profile,
    profile_directory,
    shipped_files,
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    profile = commands.add_parser("profile", help="the municipality profiles: check a file, copy one to a new year")
    actions = profile.add_subparsers(dest="profile_command", required=True, metavar="ACTION")
    check = actions.add_parser("check", help="validate profile files (default: every shipped one)")
    check.add_argument("files", nargs="*", type=Path, help="TOML files to check")
    new_year = actions.add_parser("new-year", help="copy a municipality's newest profile to a new year")
    new_year.add_argument("key", help="the municipality's profile key, e.g. norddjurs")
    new_year.add_argument("--to", type=int, required=True, help="the new year")
    new_year.add_argument("--dir", type=Path, help="where the profile files are (default: the package's)")


def run(args: argparse.Namespace) -> int:
    if args.profile_command == "check":
        return run_check(args.files)
    return run_new_year(args.key, args.to, args.dir)


def run_check(files: list[Path], *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    paths = files or [profile_directory() / name for name in sorted(shipped_files().values())]
    failed = 0
    for path in paths:
        try:
            profile = parse_profile(path.read_text(encoding="utf-8"), path.name)
        except (OSError, UnicodeDecodeError) as error:
            print(f"{path.name} kan ikke læses: {error}", file=err)
            failed += 1
        except ProfileError as error:
            print(str(error), file=err)
            failed += 1
        else:
            print(f"{path.name}: {profile.municipality} {profile.year} er i orden.", file=out)
    return 1 if failed else 0


def run_new_year(key: str, to_year: int, directory: Path | None, *,
                 out: TextIO | None = None, err: TextIO | None = None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    directory = directory or profile_directory()
    key = key.strip().lower()
    years = sorted(int(p.stem.rsplit("-", 1)[1]) for p in directory.glob(f"{key}-[0-9][0-9][0-9][0-9].toml"))
    if not years:
        print(f"Der er ingen profil for «{key}» i {directory}.", file=err)
        return 2
    target = directory / f"{key}-{to_year}.toml"
    if target.exists():
        print(f"Profilen for {to_year} findes allerede: {target}. Intet er ændret.", file=err)
        return 1
    from_year = years[-1]
    if to_year <= from_year:
        print(f"Det nye år skal være efter {from_year}, den nyeste profil.", file=err)
        return 2
    source = directory / f"{key}-{from_year}.toml"
    try:
        text, review = new_year_text(source.read_text(encoding="utf-8"), from_year, to_year)
        parse_profile(text, target.name)
    except ProfileError as error:
        print(str(error), file=err)
        return 1
    target.write_text(text, encoding="utf-8")
    print(f"Profilen for {to_year} er oprettet som en kopi af {from_year}: {target}.", file=out)
    if review:
        print(f"Disse linjer nævner stadig {from_year}; ret teksterne til det nye år:", file=out)
        for line in review:
            print(f"  {line}", file=out)
    return 0
