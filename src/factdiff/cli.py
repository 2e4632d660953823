"""The `factdiff` command line.

    factdiff check PATH... [--format rich|json|markdown|html|sarif|junit]
                           [--output FILE] [--fail-on error|warning|info|never]
                           [--config FILE] [--no-nli] [--model DIR] [--quiet]
                           [--max-sentences N] [--stories auto|on|off]
                           [--baseline FILE] [--write-baseline FILE]
                           [--cache DIR | --no-cache] [--engine local|ray]
                           [--ray-address ADDR] [--no-within] [--debug]
    factdiff review REPORT.json [--output REVIEW.json]
    factdiff nli PAIRS.jsonl [--model DIR]
    factdiff models build | train
    factdiff serve [--host 127.0.0.1] [--port 8000] [--workers N] [--token TOKEN]

Exit status: 0 no finding at or above --fail-on; 1 at least one; 2 bad usage
or an input that could not be read (named on stderr; the other articles are
still checked and reported), or an internal error: one line on stderr
(`factdiff: internal error: ...; please report it with the input`), the
traceback too with --debug or FACTDIFF_DEBUG=1.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import TYPE_CHECKING, Any

from factdiff import __version__
from factdiff.config import check_settings, find_config, load_config
from factdiff.errors import FactdiffError, UsageError

if TYPE_CHECKING:
    from factdiff.settings import Settings

FAIL_ON = ("error", "warning", "info", "never")
FORMATS = ("rich", "json", "markdown", "html", "sarif", "junit")
DEBUG_HELP = "on an internal error, show the traceback (also FACTDIFF_DEBUG=1)"


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, not {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="factdiff",
        description="Find the facts that news reports about the same events disagree on.",
    )
    parser.add_argument("--version", action="version", version=f"factdiff {__version__}")
    # Accepted before the subcommand (for every subcommand) and after `check`; SUPPRESS
    # keeps the subparser from resetting a --debug given before it.
    parser.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser(
        "check",
        help="check articles for conflicting facts",
        description="Check two or more articles (files or folders) for conflicting dates, "
        "numbers, roles, attendees, places and statements.",
        epilog="Exit status: 0 no finding at or above --fail-on, 1 at least one, "
        "2 bad usage, an unreadable input or an internal error.",
    )
    check.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files (.txt .md .json .jsonl .html) or folders",
    )
    check.add_argument(
        "--format",
        choices=FORMATS,
        default=None,
        help="report format (default: rich on a terminal, json otherwise)",
    )
    check.add_argument("--output", "-o", metavar="FILE", help="write the report to FILE")
    check.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default=None,
        help="lowest severity that makes the exit status 1 (default: error)",
    )
    check.add_argument(
        "--config",
        metavar="FILE",
        type=Path,
        help="settings file (default: factdiff.toml or [tool.factdiff] in "
        "pyproject.toml, found upwards)",
    )
    check.add_argument(
        "--no-nli", action="store_true", default=None, help="typed rules only, no NLI model"
    )
    check.add_argument(
        "--no-within",
        action="store_true",
        default=None,
        help="compare articles with each other only, not each article's lead with its body",
    )
    check.add_argument("--model", metavar="DIR", help="an NLI model folder (Hugging Face format)")
    check.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="refuse input files larger than N bytes (default 5000000)",
    )
    check.add_argument(
        "--max-sentences",
        type=_positive_int,
        default=None,
        metavar="N",
        help="check at most N sentences of each article (default 2000; the report "
        "lists the articles cut)",
    )
    check.add_argument(
        "--width", type=_positive_int, default=None, metavar="N", help="terminal report width"
    )
    check.add_argument(
        "--stories",
        choices=("auto", "on", "off"),
        default=None,
        help="group articles into stories before comparing (auto: when more "
        "than 8 articles are given)",
    )
    check.add_argument(
        "--cache",
        metavar="DIR",
        default=None,
        help="keep NLI scores in DIR/nli-cache.sqlite3 (default: $FACTDIFF_HOME, "
        "~/.cache/factdiff)",
    )
    check.add_argument(
        "--no-cache", action="store_true", default=False, help="do not read or write the NLI cache"
    )
    check.add_argument(
        "--engine",
        choices=("local", "ray"),
        default=None,
        help="where the per-story work runs: here (local, default) or as Ray tasks "
        "(needs factdiff[ray])",
    )
    check.add_argument(
        "--ray-address",
        metavar="ADDR",
        default=None,
        help="Ray cluster to use with --engine ray (auto, or ray://host:10001); "
        "default: start a local Ray",
    )
    check.add_argument("--quiet", "-q", action="store_true", help="no progress or notes on stderr")
    check.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP)
    check.add_argument(
        "--baseline",
        metavar="FILE",
        default=None,
        help="report only findings that are not in this baseline or review file (a "
        "review's dismissed findings are counted and listed with their reasons)",
    )
    check.add_argument(
        "--write-baseline",
        metavar="FILE",
        default=None,
        help="record today's findings in FILE (then exit 0 unless an input was unreadable)",
    )
    check.set_defaults(func=cmd_check)

    review = sub.add_parser(
        "review",
        help="review the findings of a JSON report in the terminal",
        description="Walk the findings of a JSON report by event, open the articles at the "
        "evidence, and mark each finding confirmed, not a conflict or an update, with a note. "
        "Decisions are written to the review file at once; `factdiff check --baseline "
        "REVIEW.json` then hides the dismissed findings and lists them with their reasons.",
        epilog="Keys: up/down move, c confirmed, n not a conflict, u update, x clear, "
        "e note, a article at the evidence, q quit. Needs factdiff[review] (Textual).",
    )
    review.add_argument(
        "report", metavar="REPORT.json", help="a report of factdiff check --format json"
    )
    review.add_argument(
        "--output",
        "-o",
        metavar="REVIEW.json",
        default=None,
        help="the review file to read and write (default: .factdiff-review.json)",
    )
    review.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=DEBUG_HELP)
    review.set_defaults(func=cmd_review)
    try:
        from factdiff.nli.cli import add_subcommands
    except ImportError:  # pragma: no cover - the NLI extra is part of the package
        pass
    else:
        add_subcommands(sub)
    from factdiff.serve import add_subcommand as add_serve

    add_serve(sub)
    return parser


def _settings(args: argparse.Namespace) -> dict[str, Any]:
    """Config file values, overridden by the flags given on the command line."""
    config_path = args.config or find_config()
    if args.config is not None and not args.config.is_file():
        raise UsageError(f"{args.config}: config file not found")
    values = load_config(config_path)
    check_settings(values, config_path)  # the file's values; flags are checked by argparse
    flags = {
        "format": args.format,
        "fail_on": args.fail_on,
        "no_nli": args.no_nli,
        "within": None if args.no_within is None else not args.no_within,
        "model": args.model,
        "max_bytes": args.max_bytes,
        "max_sentences": args.max_sentences,
        "stories": args.stories,
        "engine": args.engine,
        "ray_address": args.ray_address,
    }
    if args.no_cache and args.cache:
        raise UsageError("--cache and --no-cache exclude each other")
    if args.no_cache:
        flags["cache"] = False
    elif args.cache:
        flags["cache"] = True
        flags["cache_dir"] = args.cache
    if args.ray_address and (args.engine or values.get("engine")) != "ray":
        raise UsageError("--ray-address needs --engine ray")
    values.update({k: v for k, v in flags.items() if v is not None})
    return values


def write_atomically(path: Path, text: str) -> None:
    """Write `text` to `path` through a temporary file in the same folder and a rename,
    so that a reader (or a killed run) sees the old report or the new one, never half."""
    folder = path.resolve().parent
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    # mkstemp makes the file private; a report gets the mode a new file would get
    # (or keeps the mode of the report it replaces).
    umask = os.umask(0)
    os.umask(umask)
    mode = path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~umask
    os.chmod(tmp, mode)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _count(n: Any, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def missing_model_note(settings: Settings) -> str | None:
    """One line when a run that asks for the NLI model (no --no-nli, no --model) finds no
    model in its default places, so runs on typed rules alone: said, not silent (the
    report's `tool.model` is "none"). None when the model is there or not asked for."""
    if not settings.nli or settings.model is not None:
        return None
    from factdiff.nli.paths import default_model_available, default_model_dirs

    if default_model_available():
        return None
    return (
        "no NLI model found (looked in "
        + ", ".join(str(d) for d in default_model_dirs())
        + "): typed rules only. `factdiff models train` makes one, --model DIR names one, "
        "--no-nli says rules only"
    )


def limit_note(limit: dict[str, Any]) -> str:
    """One line about a cap the run reached (an entry of `report.stats.limits`).

    Each kind of limit carries its own keys (only `max_sentences` names an article);
    every note names its kind, and a kind this function does not know is shown with
    whatever it carries.
    """
    kind = limit.get("limit")
    value = limit.get("value")
    if kind == "max_sentences":
        return (
            f"{limit.get('article', '?')}: max_sentences reached, only the first "
            f"{_count(value, 'sentence', 'sentences')} checked"
        )
    if kind == "nli_window":
        n = limit.get("sentences", "some")
        return (
            f"nli_window: {_count(n, 'sentence', 'sentences')} longer than {value} characters "
            f"read by the NLI model in overlapping windows of up to {value} characters"
        )
    if kind == "nli_pairs":
        n = limit.get("unscored", "some")
        return (
            f"nli_pairs reached (nli-max-pairs = {value} per story): "
            f"{_count(n, 'aligned sentence pair was', 'aligned sentence pairs were')} "
            f"left unscored by the NLI model"
        )
    rest = ", ".join(f"{k}={v}" for k, v in limit.items() if k != "limit")
    return f"{kind or 'a limit'} reached" + (f" ({rest})" if rest else "")


def cmd_check(args: argparse.Namespace) -> int:
    from factdiff.pipeline import Settings, run
    from factdiff.report import render, should_fail
    from factdiff.report.baseline import apply_baseline, baseline_text, load_decisions
    from factdiff.report.progress import progress_bar

    values = _settings(args)
    fmt = values.pop("format", None) or (
        "rich" if sys.stdout.isatty() and not args.output else "json"
    )
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    fail_on = values.get("fail_on", "error")
    if fail_on not in FAIL_ON:
        raise UsageError(f"unknown fail-on {fail_on!r} (choose from {', '.join(FAIL_ON)})")
    if args.output:
        out = Path(args.output).resolve()
        for p in args.paths:
            if Path(p).resolve() == out:
                raise UsageError(f"{args.output}: --output names an input file")
        if out.is_dir() or not out.parent.is_dir():
            what = "is a folder" if out.is_dir() else "its folder does not exist"
            raise UsageError(f"{args.output}: cannot write the report there: {what}")
    settings = Settings.from_mapping(values)
    known = load_decisions(args.baseline) if args.baseline else None
    if not args.quiet and (note := missing_model_note(settings)):
        print(f"factdiff: {note}", file=sys.stderr)
    bar = progress_bar(args.quiet)
    if bar is None:
        report = run(args.paths, settings)
    else:
        with bar:
            report = run(args.paths, settings, progress=bar)
    if args.write_baseline:
        write_atomically(Path(args.write_baseline), baseline_text(report))
        if not args.quiet:
            print(
                f"factdiff: {args.write_baseline}: baseline of "
                f"{len(report.findings)} finding(s) written",
                file=sys.stderr,
            )
    if known is not None:
        report = apply_baseline(report, known)
    for skipped in report.skipped:
        print(f"factdiff: {skipped.path}: {skipped.reason}", file=sys.stderr)
    if not args.quiet:
        for limit in report.stats.limits:
            print(f"factdiff: {limit_note(limit)}", file=sys.stderr)
    if not report.sources and not report.skipped:
        raise UsageError("no articles to check")
    width = args.width or (os.get_terminal_size().columns if sys.stdout.isatty() else 100)
    color = (
        fmt == "rich" and sys.stdout.isatty() and not args.output and "NO_COLOR" not in os.environ
    )
    text = render(report, fmt, fail_on=fail_on, width=width, color=color)
    if args.output:
        try:
            write_atomically(Path(args.output), text)
        except OSError as exc:  # disk full, permission denied...: one line, exit 2
            reason = (exc.strerror or str(exc)).lower()
            raise UsageError(f"{args.output}: cannot write the report: {reason}") from exc
    else:
        sys.stdout.write(text)
        sys.stdout.flush()
    if report.skipped:
        return 2
    if args.write_baseline:
        return 0
    return 1 if should_fail(report, fail_on) else 0


def cmd_review(args: argparse.Namespace) -> int:
    from factdiff.review import review_app

    app = review_app(args.report, args.output)
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        raise UsageError("factdiff review needs a terminal")
    app.run()
    return 0


def _debug_wanted(args: argparse.Namespace | None, argv: list[str]) -> bool:
    if os.environ.get("FACTDIFF_DEBUG", "") not in ("", "0"):
        return True
    if args is not None:
        return bool(getattr(args, "debug", False))
    options = argv[: argv.index("--")] if "--" in argv else argv
    return "--debug" in options  # the error came before the arguments were parsed


def internal_error_line(exc: BaseException) -> str:
    """The one line an unexpected exception prints: its type and message, on one line."""
    message = " ".join(str(exc).split())
    if len(message) > 300:
        message = message[:297] + "..."
    what = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return f"factdiff: internal error: {what}; please report it with the input"


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | None = None
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        return int(args.func(args) or 0)
    except FactdiffError as exc:
        print(f"factdiff: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("factdiff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the last guard: one line, not a traceback
        if _debug_wanted(args, argv):
            traceback.print_exc(file=sys.stderr)
        print(internal_error_line(exc), file=sys.stderr)
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
