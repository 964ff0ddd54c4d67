#!/usr/bin/env python3
"""The forecast workbook is a live model: change an input cell (a rate on Rates, a line's days,
a participant's withdrawal date on Lines) in the written .xlsx, let LibreOffice recalculate, and
every period of every view equals, to the penny, the library run with that input. Untouched,
the recalculated workbook equals the library on scenarios with withdrawals, a trailblazer,
term weights over a hub's own term dates and payee changes (split lines).

Run by ctest with MHFUND_CLI set to the built mhfund.
"""
import datetime
import pathlib
import shutil
import tempfile
import unittest

import workbook as wb

VIEWS = {"academic": "By academic year", "financial": "By financial year", "month": "By month"}


def sheet_totals(sheets, name):
    """{period label: pence} from the total row of a view's sheet."""
    rows = sheets[name]
    head, total = rows[0], rows[-1]
    assert total[1] == "total", f"{name}: last row {total}"
    return {head[c]: wb.money(total[c]) for c in range(2, len(head)) if head[c] != "total"}


def lines_checks(sheets):
    lines = sheets["Lines"]
    check = lines[0].index("phasing check")
    return [r[check] for r in lines[1:]]


class LiveModel(unittest.TestCase):
    def setUp(self):
        self.tmp = pathlib.Path(tempfile.mkdtemp(prefix="mhfund-workbook-"))

    def tearDown(self):
        shutil.rmtree(self.tmp, ignore_errors=True)

    def write(self, scenario, name):
        path = self.tmp / f"{name}.xlsx"
        wb.run(["forecast"] + scenario + ["--period", "month", "-o", path])
        return path

    def assert_matches_library(self, sheets, scenario, cwd=None):
        """Every period of every view, and the horizon's total, equal the library's."""
        compared = 0
        for period, name in VIEWS.items():
            mine = sheet_totals(sheets, name)
            library = wb.library_totals(scenario, period, cwd=cwd)
            for label in sorted(set(mine) | set(library)):
                with self.subTest(view=name, period=label):
                    self.assertEqual(mine.get(label, 0), library.get(label, 0))
                    compared += 1
        self.assertGreater(compared, 10)
        self.assertEqual(set(lines_checks(sheets)), {"ok"})

    def rows_of(self, sheets, sheet, **where):
        rows = sheets[sheet]
        head = rows[0]
        return [i for i, r in enumerate(rows) if i > 0 and
                all(r[head.index(k)] == v for k, v in where.items())]

    # -- the acceptance checks ------------------------------------------------------------

    def test_a_changed_sle_rate_moves_every_sheet(self):
        # £412.37 a day: three specialists' 20 SLE days each, 20 × 412.37 = £8,247.40 a line,
        # phased by weekdays, so every month of 2024/25 moves, not only the Summary.
        path = self.write([], "sle")
        before = wb.recalculated(path, self.tmp)
        rates = before["Rates"]
        row = [i for i, r in enumerate(rates) if r and r[0] == "sle"]
        self.assertEqual(len(row), 1)
        amount = rates[0].index("amount (£)")
        self.assertEqual(wb.money(rates[row[0]][amount]), 35000)  # the sample's £350.00
        wb.set_number(path, "Rates", row[0], amount, "412.37")
        after = wb.recalculated(path, self.tmp)
        self.assert_matches_library(after, ["--set", "sle_rate=412.37"])
        # The change itself, by hand: 3 lines × 20 days × £62.37 = £3,742.20 more in 2024/25.
        self.assertEqual(sheet_totals(after, "By academic year")["2024/25"] -
                         sheet_totals(before, "By academic year")["2024/25"], 374220)

    def scenario_copy(self, toml, roster_edit):
        """A copy of a scenario whose roster CSV has `roster_edit(rows)` applied."""
        src = pathlib.Path(toml)
        for f in src.parent.iterdir():
            if f.is_file():
                shutil.copy(f, self.tmp / f.name)
        text = (self.tmp / src.name).read_text()
        roster = [ln.split('"')[1] for ln in text.splitlines() if ln.startswith("roster")][0]
        lines = (self.tmp / roster).read_text().splitlines()
        rows = [ln.split(",") for ln in lines]
        roster_edit(rows)
        (self.tmp / roster).write_text("\n".join(",".join(r) for r in rows) + "\n")
        return [str(self.tmp / src.name)]

    def move_withdrawal(self, toml, who, day):
        """Writes the workbook of `toml`, sets every line of `who` withdrawn on `day` in it,
        and compares with the library run on a roster saying the same."""
        path = self.write([str(toml)], "withdrawal")
        sheets = wb.recalculated(path, self.tmp)
        head = sheets["Lines"][0]
        rows = self.rows_of(sheets, "Lines", id=who)
        self.assertTrue(rows)
        for r in rows:
            wb.set_number(path, "Lines", r, head.index("withdrawn"), wb.serial(day),
                          style_from=head.index("window from"))
        after = wb.recalculated(path, self.tmp / "after")

        def edit(roster):
            col = roster[0].index("withdrawn")
            for r in roster[1:]:
                if r[0] == who:
                    r[col] = day.isoformat()
        library = self.scenario_copy(toml, edit)
        self.assert_matches_library(after, library)
        # The edit moved money between months: the comparison is not of an untouched workbook.
        self.assertNotEqual(sheet_totals(sheets, "By month"), sheet_totals(after, "By month"))
        return after

    def test_a_moved_withdrawal_date_moves_every_period(self):
        # S7-10 withdrew on Friday 1 December 2023 (year 2); moved to Friday 15 March 2024 the
        # line keeps more and the months from December to March gain their shares.
        (self.tmp / "after").mkdir()
        self.move_withdrawal(wb.DATA / "withdrawal.toml", "S7-10", datetime.date(2024, 3, 15))

    def test_a_new_withdrawal_date_moves_every_period(self):
        # The sample's S7-02 did not withdraw; withdrawn on Thursday 15 February 2024, year 3
        # (from 1 September 2024) keeps nothing, as the library drops it (rule 6).
        (self.tmp / "after").mkdir()
        src = self.tmp / "src"
        src.mkdir()
        for f in ("default-scenario.toml", "default-roster.csv", "default-workgroups.csv"):
            shutil.copy(wb.SOURCE / "src" / "data" / f, src / f)
        after = self.move_withdrawal(src / "default-scenario.toml", "S7-02",
                                     datetime.date(2024, 2, 15))
        lines = after["Lines"]
        kept = lines[0].index("kept (£)")
        year3 = [r for r in lines[1:] if r[2] == "S7-02" and r[8] == "3"]
        self.assertTrue(year3)
        self.assertEqual({wb.money(r[kept]) for r in year3}, {0})

    def test_a_changed_days_cell_moves_every_period(self):
        # S7-03's year-3 SLE line: 20 days → 12.5 days at £350.00 = £4,375.00.
        path = self.write([], "days")
        sheets = wb.recalculated(path, self.tmp)
        head = sheets["Lines"][0]
        rows = self.rows_of(sheets, "Lines", id="S7-03", category="sle")
        self.assertEqual(len(rows), 1)
        wb.set_number(path, "Lines", rows[0], head.index("days"), "12.5")
        (self.tmp / "after").mkdir()
        after = wb.recalculated(path, self.tmp / "after")
        self.assertEqual(wb.money(after["Lines"][rows[0]][head.index("amount (£)")]), 437500)
        self.assertNotEqual(sheet_totals(sheets, "By month"), sheet_totals(after, "By month"))

        def edit(roster):
            col = roster[0].index("sle_days")
            for r in roster[1:]:
                if r[0] == "S7-03":
                    r[col] = "12.5"
        src = self.tmp / "src"
        src.mkdir()
        for f in ("default-scenario.toml", "default-roster.csv", "default-workgroups.csv"):
            shutil.copy(wb.SOURCE / "src" / "data" / f, src / f)
        self.assert_matches_library(after, self.scenario_copy(src / "default-scenario.toml", edit))

    def test_untouched_workbooks_equal_the_library(self):
        custom_terms = self.tmp / "custom-terms.toml"
        shutil.copy(wb.DATA / "one-specialist-roster.csv", self.tmp)
        custom_terms.write_text((wb.DATA / "term-phasing.toml").read_text() +
                                '\n[terms."2022/23"]\nspring = 2023-01-04\nsummer = 2023-04-17\n')
        scenarios = {
            "default": [],
            "withdrawal": [str(wb.DATA / "withdrawal.toml")],
            "lead-withdrawn": [str(wb.DATA / "lead-withdrawn.toml")],
            "trailblazer": [str(wb.DATA / "trailblazer.toml")],
            "terms": [str(wb.DATA / "term-phasing.toml")],
            "custom-terms": [str(custom_terms)],
            "changes": [str(wb.SOURCE / "examples" / "data" / "central-hub-changes.toml")],
            "horizon": [str(wb.DATA / "horizon-2024-25.toml")],
        }
        for name, scenario in scenarios.items():
            with self.subTest(scenario=name):
                sheets = wb.recalculated(self.write(scenario, name), self.tmp)
                self.assert_matches_library(sheets, scenario)


if __name__ == "__main__":
    unittest.main()
