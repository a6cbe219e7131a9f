"""Commands that look at the extractor itself: `roydad eval` scores it against gold,
`roydad geocode` shows how a place name resolves, `roydad version` says which one runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from roydad import __version__
from roydad.commands.common import err, stdout_console

if TYPE_CHECKING:
    from roydad.classify.typer import TypeSetting

commands = typer.Typer()


@commands.command("eval")
def eval_(
    gold: Annotated[Path, typer.Argument(
        help="Gold JSONL (the format of docs/dev-data.md), or key-event YAML of long analyses "
        "(data/analyses/; see roydad.eval.analysis_gold).")],
    pred: Annotated[
        Path | None,
        typer.Option("--pred", help="Score these contract records instead of extracting."),
    ] = None,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the report as JSON.")
    ] = None,
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 16,
    incidents: Annotated[
        bool,
        typer.Option(
            "--incidents",
            help="Score consolidation instead: pairwise and B-cubed P/R/F1 of duplicate groups "
            "(gold: see roydad.eval.incident_gold).",
        ),
    ] = False,
    types: Annotated[
        str,
        typer.Option(
            "--types",
            help="Who types the events: rules, model (the classifier alone) or combined.",
        ),
    ] = "combined",
) -> None:
    """Score extraction against gold: per-field precision, recall and accuracy; for YAML gold
    of long analyses, key-event recall and precision and the rival attributions captured."""
    from roydad.eval.analysis_gold import is_analysis_gold

    if is_analysis_gold(gold) and not incidents:
        from roydad.eval.analysis_score import run as run_analyses

        raise typer.Exit(run_analyses(gold, pred, json_out, batch_size, stdout_console(), err))
    if incidents:
        from roydad.eval.incident_score import run

        raise typer.Exit(run(gold, pred, json_out, batch_size, stdout_console(), err))
    _score_extraction(gold, pred, json_out, batch_size, types)


def _score_extraction(
    gold: Path, pred: Path | None, json_out: Path | None, batch_size: int, types: str
) -> None:
    """The per-field scores and the type scores of the records in `pred`, or of the extractor's
    records for the gold documents."""
    from roydad.eval import (
        GoldFormatError,
        PredictionFormatError,
        collect_predictions,
        load_gold,
        load_predictions,
        render,
        score,
    )

    try:
        docs = load_gold(gold)
        if pred is not None:
            predictions = load_predictions(pred)
        else:
            from roydad.extract.pipeline import Extractor

            extractor = Extractor(batch_size=batch_size, types=_type_setting(types))
            predictions = collect_predictions(
                docs, lambda ds: ((d.id, recs) for d, recs in extractor.extract(ds))
            )
    except (GoldFormatError, PredictionFormatError, OSError) as error:
        err.print(str(error), markup=False)
        raise typer.Exit(2) from None
    report = score(docs, predictions)
    stdout_console().print(render(report))
    from roydad.eval.typescore import render_types, score_types

    setting = types if pred is None else f"as in {pred.name}"
    stdout_console().print(render_types(score_types(docs, predictions), setting))
    if json_out is not None:
        json_out.write_text(report.to_json(), encoding="utf-8")


def _type_setting(value: str) -> TypeSetting:
    from roydad.classify.typer import TYPE_SETTINGS

    for setting in TYPE_SETTINGS:
        if value == setting:
            return setting
    raise typer.BadParameter(f"--types must be one of {', '.join(TYPE_SETTINGS)}")


@commands.command()
def geocode(
    name: Annotated[str, typer.Argument(help="A place name, e.g. Mazar-i-Sharif.")],
    limit: Annotated[int, typer.Option(help="At most this many candidates.")] = 10,
) -> None:
    """Show the gazetteer's candidates for a place name, best first, with their scores."""
    from roydad.resolve.places import Gazetteer, format_candidates

    gazetteer = Gazetteer.load()
    candidates = gazetteer.candidates(name, limit=limit)
    if not candidates:
        err.print(f"no place found for {name!r}", markup=False)
        raise typer.Exit(1)
    stdout_console().print(format_candidates(candidates))
    chosen = gazetteer.resolve(name)
    if chosen is not None:
        stdout_console().print(
            f"resolved: {chosen.name} ({chosen.precision}; {chosen.admin1 or '-'}, "
            f"{chosen.country}) {chosen.lat}, {chosen.lon}", markup=False,
        )


@commands.command()
def version() -> None:
    """Print roydad's version and extractor name."""
    typer.echo(f"roydad {__version__}")
