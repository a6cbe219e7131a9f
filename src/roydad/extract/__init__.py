"""Event extraction: triggers → candidates → happenings → contract records (see pipeline.py)."""
