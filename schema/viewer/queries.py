from __future__ import annotations

import strawberry

from schema.viewer.types import Viewer


@strawberry.type
class ViewerQuery:
    @strawberry.field(description="The user behind the API token of this request.")
    def viewer(self) -> Viewer:
        return Viewer()
