"""Edit commands: do then undo gives back the network exactly."""

from twinparks.models.commands import InsertRows, RemoveRows, SetCells
from twinparks.models.network import network_from_rows


def _network():
    return network_from_rows({
        "Sites": [{"id": "A", "country": "CN"}, {"id": "B", "country": "MY"},
                  {"id": "C", "country": "SG"}],
        "Products": [{"id": "steel"}],
        "Demand": [{"site": "B", "product": "steel", "quantity": 5}],
    }, settings={})


def test_set_cells_is_one_step_and_undoes_exactly():
    network = _network()
    before = network.copy()
    command = SetCells("Sites", [(0, "id", "QZ"), (2, "country", "ID")])
    command.do(network)
    assert list(network.table("Sites")["id"]) == ["QZ", "B", "C"]
    assert network.table("Sites")["country"].iloc[2] == "ID"
    command.undo(network)
    assert network.equals(before)


def test_set_cell_in_missing_column_and_sheet_adds_then_removes_them():
    network = _network()
    before = network.copy()
    command = SetCells("Sites", [(1, "note", "x")])
    command.do(network)
    assert network.table("Sites")["note"].tolist() == [None, "x", None]
    command.undo(network)
    assert network.equals(before)
    sheet = SetCells("Lanes", [])
    sheet.do(network)
    assert network.has_sheet("Lanes")
    sheet.undo(network)
    assert network.equals(before) and not network.has_sheet("Lanes")


def test_insert_rows_renumbers_and_undo_restores():
    network = _network()
    before = network.copy()
    command = InsertRows("Sites", 1, [{"id": "N1", "country": "CN"}, {"id": "N2"}])
    command.do(network)
    sites = network.table("Sites")
    assert sites["id"].tolist() == ["A", "N1", "N2", "B", "C"]
    assert list(sites.index) == [2, 3, 4, 5, 6]
    command.undo(network)
    assert network.equals(before)


def test_remove_rows_undo_puts_rows_back_in_place():
    network = _network()
    before = network.copy()
    command = RemoveRows("Sites", [2, 0])
    command.do(network)
    assert network.table("Sites")["id"].tolist() == ["B"]
    command.undo(network)
    assert network.equals(before)
    assert network.table("Sites")["id"].tolist() == ["A", "B", "C"]
