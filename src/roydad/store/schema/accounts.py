"""Tables of the web UI's and the API's users and their logins (migration 0003)."""

from __future__ import annotations

import sqlalchemy as sa

from roydad.store.schema.base import metadata

USER_ROLES = ("viewer", "analyst", "admin")

users = sa.Table(
    "users",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.String, nullable=False),
    # argon2id, in the PHC string format (algorithm and parameters included).
    sa.Column("password_hash", sa.String, nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.UniqueConstraint("name", name="uq_users_name"),
    sa.CheckConstraint("role IN ('viewer', 'analyst', 'admin')", name="role"),
)

# A login: the cookie carries a random token, the table only its SHA-256, so a copy of the
# database does not let anyone sign in as its users.
sessions = sa.Table(
    "sessions",
    metadata,
    sa.Column("token_hash", sa.String(64), primary_key=True),
    sa.Column(
        "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
    ),
    # The synchronizer token every state-changing request of this session must carry.
    sa.Column("csrf_token", sa.String(64), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index("ix_sessions_user_id", "user_id"),
)
