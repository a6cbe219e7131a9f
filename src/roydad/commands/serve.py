"""`roydad serve` (the web UI and JSON API) and `roydad user ...` (its accounts)."""

from __future__ import annotations

import getpass
from typing import TYPE_CHECKING, Annotated

import typer

from roydad.commands.common import err, notice_pending, open_cli_store
from roydad.commands.options import DbOption

if TYPE_CHECKING:
    from roydad.auth import UserStore
    from roydad.store import Store

commands = typer.Typer()


def _users(db: str | None, *, create: bool = False) -> tuple[Store, UserStore]:
    """The store and its accounts; only `user add` may create the database (a team sets up its
    accounts before the first ingest)."""
    from roydad.auth import UserStore

    store = open_cli_store(db, create=create)
    return store, UserStore(store.engine)


def _ask_password(name: str) -> str:
    first = getpass.getpass(f"password for {name}: ")
    if first != getpass.getpass("again: "):
        err.print("the passwords differ; nothing changed")
        raise typer.Exit(1)
    return first


@commands.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    secure_cookies: Annotated[
        bool, typer.Option(help="Send cookies only over HTTPS (behind a TLS proxy).")
    ] = False,
) -> None:
    """Serve the web UI and the JSON API (/api/v1/, OpenAPI at /api/v1/openapi.json)."""
    import uvicorn

    from roydad.api import create_app

    # Opened here first so that a missing or unreachable database is one line, not a traceback
    # from inside the app (which would create an empty SQLite file).
    checked = open_cli_store(db)
    notice_pending(checked)
    checked.close()
    app = create_app(db, secure_cookies=secure_cookies)
    ctx = app.state.roydad
    if not ctx.users.all():
        err.print(
            "no users yet: create one with `roydad user add NAME --role admin` to log in",
            markup=False,
        )
    typer.echo(f"roydad: serving {ctx.store.url} on http://{host}:{port}/")
    uvicorn.run(app, host=host, port=port, log_level="info")


user_app = typer.Typer(help="Accounts of the web UI and API (roles: viewer, analyst, admin).",
                       no_args_is_help=True)


@user_app.command("add")
def user_add(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Option(help="viewer, analyst or admin.")] = "viewer",
    password: Annotated[
        str | None,
        typer.Option(help="The password (asked for when not given; prefer that).",
                     envvar="ROYDAD_PASSWORD"),
    ] = None,
    if_missing: Annotated[
        bool, typer.Option("--if-missing", help="Do nothing if the user exists.")
    ] = False,
    db: DbOption = None,
) -> None:
    """Create a user; the password is stored only as an argon2id hash."""
    from roydad.auth import UserError

    store, users = _users(db, create=True)
    try:
        if if_missing and users.get(name.strip()) is not None:
            typer.echo(f"user {name} exists; unchanged")
            return
        user = users.add(name, password if password is not None else _ask_password(name), role)
    except UserError as error:
        err.print(str(error), markup=False)
        raise typer.Exit(1) from None
    finally:
        store.close()
    typer.echo(f"added {user.name} ({user.role})")


@user_app.command("list")
def user_list(db: DbOption = None) -> None:
    """List the users and their roles."""
    store, users = _users(db)
    for user in users.all():
        typer.echo(f"{user.name}\t{user.role}\t{user.created_at:%Y-%m-%d}")
    store.close()


@user_app.command("passwd")
def user_passwd(
    name: Annotated[str, typer.Argument(help="Login name.")],
    password: Annotated[
        str | None, typer.Option(help="The new password (asked for when not given).",
                                 envvar="ROYDAD_PASSWORD"),
    ] = None,
    db: DbOption = None,
) -> None:
    """Set a new password; the user's open sessions end."""
    from roydad.auth import UserError

    store, users = _users(db)
    try:
        users.set_password(name, password if password is not None else _ask_password(name))
    except UserError as error:
        err.print(str(error), markup=False)
        raise typer.Exit(1) from None
    finally:
        store.close()
    typer.echo(f"password of {name} changed")


@user_app.command("role")
def user_role(
    name: Annotated[str, typer.Argument(help="Login name.")],
    role: Annotated[str, typer.Argument(help="viewer, analyst or admin.")],
    db: DbOption = None,
) -> None:
    """Change a user's role (takes effect on their next request)."""
    from roydad.auth import UserError

    store, users = _users(db)
    try:
        user = users.set_role(name, role)
    except UserError as error:
        err.print(str(error), markup=False)
        raise typer.Exit(1) from None
    finally:
        store.close()
    typer.echo(f"{user.name} is now {user.role}")
