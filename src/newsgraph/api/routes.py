"""JSON read and write endpoints over the store (filled in against the store's interface)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
