"""Managing users (admin only)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from roydad.api.auth import Admin, AdminWrite
from roydad.api.context import context
from roydad.api.schemas import Problem, UserCreate, UserInfo
from roydad.auth import User, UserError

router = APIRouter(
    prefix="/users", tags=["users"],
    responses={401: {"model": Problem}, 403: {"model": Problem}},
)


def _info(user: User) -> UserInfo:
    return UserInfo(name=user.name, role=user.role, created_at=user.created_at.isoformat())


@router.get("", response_model=list[UserInfo])
def list_users(request: Request, _session: Admin) -> list[UserInfo]:
    return [_info(user) for user in context(request).users.all()]


@router.post(
    "", response_model=UserInfo, status_code=201, responses={409: {"model": Problem}}
)
def add_user(request: Request, _session: AdminWrite, body: UserCreate) -> UserInfo:
    try:
        return _info(context(request).users.add(body.name, body.password, body.role))
    except UserError as error:
        raise HTTPException(409, str(error)) from error
