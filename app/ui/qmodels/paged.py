"""PagedTableModel: the lazy, store-sorted Qt table model under every long list."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any, ClassVar, Generic, Protocol, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.services.workers import PageCursor

Index = QModelIndex | QPersistentModelIndex
RowT = TypeVar("RowT")
RowT_co = TypeVar("RowT_co", covariant=True)
QueryT = TypeVar("QueryT")

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)  # numbers' alignment


class PageOf(Protocol[RowT_co]):
    """A page as the list services return it (lists.Page, workers.WorkerPage)."""

    @property
    def rows(self) -> Sequence[RowT_co]: ...

    @property
    def next_cursor(self) -> PageCursor | None: ...


class PagedTableModel(QAbstractTableModel, Generic[RowT, QueryT]):
    """Plain rows of one query, read a page at a time as the view scrolls (fetchMore).

    The store sorts and filters: a new sort or query resets the model and reads the first
    page again. A subclass declares CONTEXT, HEADERS (marked with QT_TRANSLATE_NOOP) and
    SORTS (the query's sort of each column, None where the store cannot sort), and says how
    a page is read (`_read_page`, a service call: never SQL) and how a cell is shown
    (`_display` for the text, `_cell_data` for the other roles).
    """

    query_changed = Signal()  # after a reset: new search, sort or filter

    CONTEXT: ClassVar[str] = ""  # translation context of the headers
    HEADERS: ClassVar[tuple[str, ...]] = ()
    SORTS: ClassVar[tuple[Any, ...]] = ()  # one per column; None: not sortable
    ROW_KEY: ClassVar[str] = "id"  # the row attribute row_of() looks for

    def __init__(self, query: QueryT, *, page_size: int = 200, parent: Any = None) -> None:
        super().__init__(parent)
        self._page_size = page_size
        self._query = query
        self._rows: list[RowT] = []
        self._cursor: PageCursor | None = None
        self._loaded = False

    # --- what a subclass says -----------------------------------------------------------

    def _read_page(self, query: QueryT, *, after: PageCursor | None, limit: int) -> PageOf[RowT]:
        """One page of `query` from the service (the first when `after` is None)."""
        raise NotImplementedError

    def _display(self, row: RowT, column: int) -> str:
        """The text of a cell."""
        raise NotImplementedError

    def _cell_data(self, row: RowT, column: int, role: int) -> Any:
        """A cell's value for any role but DisplayRole (None: nothing)."""
        return None

    def _page_shown(self, page: PageOf[RowT]) -> None:
        """Called inside the reset when a first page replaces the rows."""

    def _rows_arrived(self, rows: Sequence[RowT]) -> None:
        """Called after rows were shown: a first page (after query_changed) or a next one."""

    # --- what the view asks -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        return self._cell_data(row, index.column(), role)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._cursor is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._cursor is None:
            return
        page = self._read_page(self._query, after=self._cursor, limit=self._page_size)
        rows = list(page.rows)
        self._cursor = page.next_cursor if rows else None
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
            self._rows_arrived(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The store sorts: the list is read again in the new order (some columns cannot)."""
        wanted = self.SORTS[column] if 0 <= column < len(self.SORTS) else None
        if wanted is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(cast(Any, self._query), sort=wanted, descending=descending))

    # --- what the view tells it ---------------------------------------------------------

    @property
    def query(self) -> QueryT:
        return self._query

    @property
    def loaded(self) -> bool:
        """Whether a first page was read."""
        return self._loaded

    @property
    def page_size(self) -> int:
        return self._page_size

    def set_query(self, query: QueryT, *, force: bool = False) -> None:
        """Show the first page of `query` (nothing is read when unchanged and loaded)."""
        if query == self._query and self._loaded and not force:
            return
        self.set_page(query, self._read_page(query, after=None, limit=self._page_size))

    def set_page(self, query: QueryT, page: PageOf[RowT]) -> None:
        """Show `page`, the first page of `query` (read here or off the GUI thread)."""
        self.beginResetModel()
        self._query = query
        self._rows = list(page.rows)
        self._cursor = page.next_cursor
        self._loaded = True
        self._page_shown(page)
        self.endResetModel()
        self.query_changed.emit()
        self._rows_arrived(self._rows)

    def reload(self) -> None:
        """Read the current query again from the start (after a save or an archive)."""
        self.set_query(self._query, force=True)

    def retranslate(self) -> None:
        """Headers and labels follow a language change."""
        last_column = len(self.HEADERS) - 1
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last_column)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, last_column))

    def row_at(self, row: int) -> RowT | None:
        """The plain row shown at `row` (None when out of range)."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: object) -> int:
        """The row whose ROW_KEY is `key` among those loaded (-1 if not loaded)."""
        return next((i for i, r in enumerate(self._rows) if getattr(r, self.ROW_KEY) == key), -1)
