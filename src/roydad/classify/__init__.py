"""The trained event-type classifier beside the rules (issue 14).

    typer = RecordTyper("combined")        # or "rules" / "model" (the ablation)
    typed = typer.apply([(document.text, records), ...])

`model.py` loads the shipped model (`model/`, from the package, never downloaded),
`context.py` chooses the text each record is read by, `combine.py` decides between the rules'
type and the model's (thresholds in `combine.yaml`), `typer.py` is the extraction post-step.
`train.py` (`make train`) rebuilds the model from data/train/ and is never imported at run time.
"""

from roydad.classify.typer import TYPE_SETTINGS, RecordTyper, TypeSetting

__all__ = ["TYPE_SETTINGS", "RecordTyper", "TypeSetting"]
