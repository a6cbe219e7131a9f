"""Readable SQL views over the store, so `datasette roydad.db` (or any SQL client) is useful as is.

The tables are shaped for the code (prefixed columns, JSON details, join tables); the views are
shaped for a person: one row per incident with its place and figures, the reports of each
incident with their headlines, the actors, the claims, monthly counts. They are created by
`roydad export datasette` — not by a migration, so they never stand in a migration's way: drop
them with `drop_views` (or `roydad export datasette --drop`) before a schema upgrade if your
database refuses one.

SQLite has no CREATE OR REPLACE VIEW, so there a view is dropped and created again in one
transaction (a newer roydad's definition replaces an older one); PostgreSQL uses CREATE OR
REPLACE VIEW. The SQL is portable: the same text runs on both.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import sqlalchemy as sa

VIEWS: dict[str, tuple[str, str]] = {
    "incident_list": ("One row per incident: when, what, where, how many dead, how sure.", """
        SELECT i.id AS incident_id, i.date_start, i.date_end, i.date_precision, i.event_type,
               i.mode, i.acled_event_type, i.acled_sub_event_type, i.location_name AS place,
               i.location_admin1 AS admin1, i.location_country AS country,
               i.location_lat AS latitude, i.location_lon AS longitude,
               i.location_precision AS geo_precision, i.fatalities_low, i.fatalities_best,
               i.fatalities_high, i.certainty, i.confidence, i.status,
               i.source_count AS sources, i.mention_count AS reports, i.updated_at
        FROM incidents i"""),
    "incident_reports": ("Every report of every incident, with its headline and evidence.", """
        SELECT m.incident_id, e.event_id, e.document_id, d.title, d.publisher, d.pub_date,
               d.url, e.date AS event_date, e.certainty, e.confidence,
               e.evidence_text AS evidence, m.score AS match_score, m.pinned
        FROM incident_members m
        JOIN event_mentions e ON e.event_id = m.event_id
        JOIN documents d ON d.id = e.document_id"""),
    "incident_actor_list": ("Who each incident's reports name, in which role.", """
        SELECT a.incident_id, i.date_start, i.event_type, i.location_country AS country,
               a.name AS actor, a.role, a.kind, a.country AS actor_country, a.kb_id, a.reports
        FROM incident_actors a
        JOIN incidents i ON i.id = a.incident_id"""),
    "actor_summary": ("Each actor: incidents, first and last date, dead (rejected left out).", """
        SELECT a.name AS actor, a.kb_id, a.role, COUNT(DISTINCT a.incident_id) AS incidents,
               MIN(i.date_start) AS first_date, MAX(i.date_start) AS last_date,
               SUM(COALESCE(i.fatalities_best, 0)) AS fatalities
        FROM incident_actors a
        JOIN incidents i ON i.id = a.incident_id
        WHERE i.status <> 'rejected'
        GROUP BY a.name, a.kb_id, a.role"""),
    "claim_list": ("Every claim of responsibility, attribution, accusation and denial.", """
        SELECT m.incident_id, c.event_id, c.kind, c.claimant, c.attributed_to, c.certainty,
               c.text AS claim_text, d.publisher, d.pub_date, d.title
        FROM event_claims c
        JOIN incident_members m ON m.event_id = c.event_id
        JOIN event_mentions e ON e.event_id = c.event_id
        JOIN documents d ON d.id = e.document_id"""),
    "event_list": ("Every event mention, with its document and incident.", """
        SELECT e.event_id, e.document_id, d.title, d.publisher, d.pub_date, e.event_type,
               e.mode, e.date, e.date_precision, e.location_name AS place,
               e.location_admin1 AS admin1, e.location_country AS country,
               e.location_lat AS latitude, e.location_lon AS longitude, e.fatalities,
               e.fatalities_low, e.fatalities_high, e.injured, e.weapon, e.certainty,
               e.confidence, e.evidence_text AS evidence, m.incident_id
        FROM event_mentions e
        JOIN documents d ON d.id = e.document_id
        LEFT JOIN incident_members m ON m.event_id = e.event_id"""),
    "monthly_counts": ("Incidents and dead by month, country and type (rejected left out).", """
        SELECT SUBSTR(CAST(i.date_start AS TEXT), 1, 7) AS month,
               i.location_country AS country, i.event_type, COUNT(*) AS incidents,
               SUM(COALESCE(i.fatalities_best, 0)) AS fatalities
        FROM incidents i
        WHERE i.date_start IS NOT NULL AND i.status <> 'rejected'
        GROUP BY SUBSTR(CAST(i.date_start AS TEXT), 1, 7), i.location_country,
                 i.event_type"""),
}


def create_views(engine: sa.Engine) -> list[str]:
    """Create (or update) every view; returns their names."""
    sqlite = engine.dialect.name == "sqlite"
    with engine.begin() as conn:
        for name, (_, body) in VIEWS.items():
            if sqlite:
                conn.execute(sa.text(f"DROP VIEW IF EXISTS {name}"))
                conn.execute(sa.text(f"CREATE VIEW {name} AS {body}"))
            else:
                conn.execute(sa.text(f"CREATE OR REPLACE VIEW {name} AS {body}"))
    return list(VIEWS)


def drop_views(engine: sa.Engine) -> None:
    with engine.begin() as conn:
        for name in VIEWS:
            conn.execute(sa.text(f"DROP VIEW IF EXISTS {name}"))


def datasette_metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata.json: titles and descriptions of the views."""
    return {
        "title": "roydad incidents",
        "description": "Incidents of political violence from news reports, with their sources, "
                       "actors and claims (roydad).",
        "databases": {database: {"tables": {
            name: {"description": description} for name, (description, _) in VIEWS.items()
        }}},
    }


def write_datasette_metadata(path: Path, database: str) -> None:
    path.write_text(json.dumps(datasette_metadata(database), indent=2) + "\n", encoding="utf-8")
