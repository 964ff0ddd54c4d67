// The workbooks: written whole or not at all, and (where LibreOffice is installed) recalculated
// by a spreadsheet to the library's figures, to the penny.
#include <doctest/doctest.h>

#include <stdlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <xlsxwriter.h>

#include "mhfund/claims.hpp"
#include "mhfund/forecast.hpp"
#include "mhfund/report.hpp"
#include "report/xlsx_book.hpp"

#include "support.hpp"

namespace fs = std::filesystem;
using namespace mhfund;

namespace {

using mhfund_test::scratch_dir;
using mhfund_test::slurp;

const scenario& sample() {
    static const scenario s = default_scenario();
    return s;
}

// The claims tests' plan (tests/data/claims): S7-01 (SMS cohort 7) and Work Group WG-A.
const scenario& claims_sample() {
    static const scenario s =
        load_scenario_file(std::string(MHFUND_TEST_DATA_DIR) + "/data/claims/scenario.toml");
    return s;
}

void write_sample(const std::string& path, const scenario& s) {
    const expansion e = expand(s);
    forecast_options o;
    o.by = {dimension::programme, dimension::cohort};
    write_forecast_xlsx(path, s, e, summarise(e, o));
}

const std::string claims_csv =
    "participant,workgroup,date,category,days,amount,reference,institution\n"
    "S7-01,,2022-10-12,central_events,3,,C-1,\n"
    "S7-01,,2022-12-01,central_events,2.5,,C-2,\n"
    "S7-01,,2022-11-03,travel,,48.20,T-1,\n"
    "S9-99,,2022-11-03,central_events,,200.00,U-1,\n"
    ",WG-A,2024-10-01,department_grant,,2500.00,G-1,141120\n"
    ",WG-A,2025-02-01,department_grant,,2000.00,G-2,143557\n";

}  // namespace

TEST_CASE("column names and cell references") {
    using report::cell_ref;
    using report::column_name;
    CHECK(column_name(0) == "A");
    CHECK(column_name(25) == "Z");
    CHECK(column_name(26) == "AA");
    CHECK(column_name(27) == "AB");
    CHECK(column_name(701) == "ZZ");  // 26 + 26 × 26 = 702 names of one or two letters
    CHECK(column_name(702) == "AAA");
    CHECK(cell_ref(0, 0) == "A1");
    CHECK(cell_ref(9, 27, true) == "$AB$10");
    CHECK(report::column_range(5, 1, 10) == "$F$2:$F$11");
    CHECK(report::column_range(5, 1, 0) == "$F$2:$F$2");  // no rows: a valid one-cell range
}

TEST_CASE("the forecast workbook is written as an xlsx (zip) file") {
    scratch_dir dir;
    write_sample(dir / "forecast.xlsx", sample());
    const std::string content = slurp(dir / "forecast.xlsx");
    REQUIRE(content.size() > 4);
    CHECK(content.substr(0, 2) == "PK");
    // Nothing else is left beside it (no temporary file).
    CHECK(dir.entries() == std::set<std::string>{"forecast.xlsx"});
}

TEST_CASE("a workbook that cannot be written throws and leaves no file") {
    scratch_dir dir;
    const std::string target = dir / "missing/forecast.xlsx";
    try {
        write_sample(target, sample());
        FAIL("no error for a missing directory");
    } catch (const error& e) {
        CHECK(e.code() == errc::input);
        CHECK(std::string(e.what()).find("cannot write " + target) != std::string::npos);
    }
    CHECK_FALSE(fs::exists(target));
    CHECK(dir.entries().empty());
}

TEST_CASE("a failed write keeps the previous file") {
    scratch_dir dir;
    const std::string target = dir / "forecast.xlsx";
    std::ofstream(target) << "previous";
    const scenario& s = sample();
    const expansion e = expand(s);
    const forecast_result r = summarise(e, forecast_options{});
    const expansion other = expand(default_scenario());  // of another scenario object
    CHECK_THROWS_AS(write_forecast_xlsx(target, s, other, r), error);
    CHECK(slurp(target) == "previous");
    CHECK(dir.entries() == std::set<std::string>{"forecast.xlsx"});
}

TEST_CASE("the claims workbook is written as an xlsx (zip) file") {
    scratch_dir dir;
    const std::vector<claim> claims = read_claims(claims_csv, "claims.csv");
    const claims_report r = check_claims(claims_sample(), claims);
    write_claims_xlsx(dir / "claims.xlsx", claims_sample(), claims, r);
    CHECK(slurp(dir / "claims.xlsx").substr(0, 2) == "PK");
    CHECK(dir.entries() == std::set<std::string>{"claims.xlsx"});
    // The claims must be those the report was checked from.
    CHECK_THROWS_AS(write_claims_xlsx(dir / "other.xlsx", claims_sample(), {}, r), error);
    CHECK_FALSE(fs::exists(dir / "other.xlsx"));
}

// ---------------------------------------------------------------------------------------------
// Recalculation by LibreOffice, when it is installed: each sheet converted to CSV after a full
// recalculation, and the recalculated figures compared with the library's.

namespace {

bool have_soffice() {
    return std::system("command -v soffice >/dev/null 2>&1") == 0;
}

using row = std::vector<std::string>;

// RFC 4180 as LibreOffice writes it (quotes doubled, quoted cells may hold line breaks).
std::vector<row> read_csv(const std::string& path) {
    const std::string text = slurp(path);
    std::vector<row> rows(1);
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(cell);
            cell.clear();
        } else if (c == '\n') {
            rows.back().push_back(cell);
            cell.clear();
            rows.emplace_back();
        } else if (c != '\r') {
            cell += c;
        }
    }
    if (!cell.empty() || !rows.back().empty()) rows.back().push_back(cell);
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

// Converts every sheet of `workbook` to `DIR/NAME-SHEET.csv`, recalculating every formula on
// load (LibreOffice's default for xlsx files is to trust the cached results, which would test
// nothing): a private user profile sets the recalculation mode to "always".
void convert(const scratch_dir& dir, const std::string& workbook) {
    const std::string profile = dir / "profile";
    fs::create_directories(profile + "/user");
    std::ofstream(profile + "/user/registrymodifications.xcu")
        << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
           "<item oor:path=\"/org.openoffice.Office.Calc/Formula/Load\"><prop "
           "oor:name=\"OOXMLRecalcMode\" oor:op=\"fuse\"><value>0</value></prop></item>\n"
           "</oor:items>\n";
    // Filter options: comma, quote, UTF-8, from row 1, …, raw values (not as shown), all sheets.
    const std::string command =
        "cd '" + dir.path + "' && HOME='" + dir.path + "' timeout 300 soffice " +
        "-env:UserInstallation=file://" + profile +
        " --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,"
        "false,false,false,-1' --outdir '" +
        dir.path + "' '" + workbook + "' >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
}

// A money figure as LibreOffice writes a raw value: `1000`, `96967.81`, `-48.2`.
money figure(const std::string& text) {
    return money::parse(text);
}

// No cell of any converted sheet shows a spreadsheet error (a circular reference, a bad
// reference or name).
void check_no_errors(const scratch_dir& dir, const std::string& stem) {
    int sheets = 0;
    for (const auto& e : fs::directory_iterator(dir.path)) {
        const std::string name = e.path().filename();
        if (name.rfind(stem + "-", 0) != 0 || e.path().extension() != ".csv") continue;
        ++sheets;
        const std::string text = slurp(e.path());
        for (const char* bad : {"Err:", "#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#N/A"})
            CHECK_MESSAGE(text.find(bad) == std::string::npos, name, " shows ", bad);
    }
    CHECK(sheets >= 4);
}

std::size_t column_of(const row& header, const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    FAIL("no column " << name);
    return 0;
}

}  // namespace

TEST_CASE("LibreOffice recalculates the forecast workbook to the library's figures") {
    // `make test` installs LibreOffice (libreoffice-calc-nogui): without it this check would
    // prove nothing, so its absence is a failure, not a skip.
    REQUIRE_MESSAGE(have_soffice(),
                    "soffice is not installed: apt-get install -y libreoffice-calc-nogui");
    scratch_dir dir;

    // A canary: a formula whose cached result is wrong must come back recalculated, or the
    // comparisons below would only read back the cached figures.
    {
        lxw_workbook* wb = workbook_new((dir / "canary.xlsx").c_str());
        lxw_worksheet* ws = workbook_add_worksheet(wb, "S");
        worksheet_write_formula_num(ws, 0, 0, "=1+1", nullptr, 5);
        REQUIRE(workbook_close(wb) == LXW_NO_ERROR);
        convert(dir, dir / "canary.xlsx");
        REQUIRE(read_csv(dir / "canary-S.csv").at(0).at(0) == "2");
    }

    // The sample plan, with one SMS specialist's year-3 SLE days set to 7.5 at £333.33 a day:
    // section 8 rule 1's example, 7.5 × £333.33 = 249,997.5p, rounded half-up once to
    // £2,499.98.
    scenario s = default_scenario();
    s.set("sle_rate", "333.33", source_location{"test", 0, "sle_rate"});
    std::string specialist;
    for (participant& p : s.roster)
        if (p.programme == "sms" && !p.withdrawn) {
            p.sle_days = half_days::parse("7.5");
            specialist = p.id;
            break;
        }
    REQUIRE_FALSE(specialist.empty());
    const expansion e = expand(s);
    forecast_options o;
    o.by = {dimension::programme, dimension::cohort};
    const forecast_result r = summarise(e, o);
    write_forecast_xlsx(dir / "forecast.xlsx", s, e, r);
    convert(dir, dir / "forecast.xlsx");
    check_no_errors(dir, "forecast");

    // Lines: every amount recalculated from its days and rate equals the library's line, and
    // every line's phased shares add up to its kept amount.
    const std::vector<row> lines = read_csv(dir / "forecast-Lines.csv");
    REQUIRE(lines.size() == e.lines.size() + 1);
    const std::size_t amount = column_of(lines[0], "amount (£)");
    const std::size_t kept = column_of(lines[0], "kept (£)");
    const std::size_t check = column_of(lines[0], "phasing check");
    const std::size_t id = column_of(lines[0], "id");
    const std::size_t category = column_of(lines[0], "category");
    bool saw_sle = false;
    for (std::size_t i = 0; i < e.lines.size(); ++i) {
        const row& l = lines[i + 1];
        CHECK(figure(l.at(amount)) == e.lines[i].amount);
        CHECK(figure(l.at(kept)) == e.lines[i].kept);
        CHECK(l.at(check) == "ok");
        if (l.at(id) == specialist && l.at(category) == "sle") {
            saw_sle = true;
            CHECK(figure(l.at(amount)) == money::from_pence(249998));
        }
    }
    CHECK(saw_sle);

    // Summary: every recalculated figure equals the library's; every difference is zero.
    const std::vector<row> summary = read_csv(dir / "forecast-Summary.csv");
    int compared = 0;
    bool saw_horizon_total = false;
    for (const row& line : summary) {
        if (line.size() < 5 || line[4].empty() || line[4].find("difference") != std::string::npos)
            continue;
        CHECK_MESSAGE(figure(line[2]) == figure(line[3]), line[0]);
        CHECK(figure(line[4]) == money{});
        if (line[0] == "forecast total in the horizon") {
            saw_horizon_total = true;
            CHECK(figure(line[2]) == r.total);
        }
        ++compared;
    }
    CHECK(saw_horizon_total);
    CHECK(compared >= 8);

    // By academic year: each recalculated cell is the forecast's row for that group and year.
    const std::vector<row> by = read_csv(dir / "forecast-By academic year.csv");
    REQUIRE(by.size() >= 3);
    int cells = 0;
    for (const forecast_row& fr : r.rows) {
        for (std::size_t g = 2; g < by.size(); ++g) {
            if (by[g].at(1) != fr.keys[0] || by[g].at(2) != fr.keys[1]) continue;
            const std::size_t col = column_of(by[0], fr.when.label());
            CHECK(figure(by[g].at(col)) == fr.amount);
            ++cells;
        }
    }
    CHECK(cells == static_cast<int>(r.rows.size()));
    CHECK(figure(by.back().back()) == r.total);
}

TEST_CASE("a workbook written at another SLE rate recalculates to the hand-computed change") {
    REQUIRE_MESSAGE(have_soffice(),
                    "soffice is not installed: apt-get install -y libreoffice-calc-nogui");
    scratch_dir dir;
    // The sample plan at its SLE rate (£350.00) and at £400.00, each written through the
    // library's own writer. Three specialists (S7-01, S7-02, S7-03) have 20 SLE days in year 3;
    // S7-04 withdrew in year 2, so has none. The change is 3 × 20 days × £50.00 = £3,000.00.
    auto recalculated_total = [&](const std::string& rate, const std::string& name) {
        scenario s = default_scenario();
        s.set("sle_rate", rate, source_location{"test", 0, "sle_rate"});
        const expansion e = expand(s);
        write_forecast_xlsx(dir / (name + ".xlsx"), s, e, summarise(e, forecast_options{}));
        convert(dir, dir / (name + ".xlsx"));
        for (const row& line : read_csv(dir / (name + "-Summary.csv")))
            if (!line.empty() && line[0] == "forecast total in the horizon") return figure(line[2]);
        FAIL("no forecast total in the Summary sheet");
        return money{};
    };
    const money at_350 = recalculated_total("350.00", "at350");
    const money at_400 = recalculated_total("400.00", "at400");
    CHECK(at_400 - at_350 == money::from_pounds(3000));
    // And the sample plan's own total, derived by hand in forecast.test.cpp: £96,967.81.
    CHECK(at_350 == money::from_pence(9696781));
}

TEST_CASE("LibreOffice recalculates the claims workbook to the library's figures") {
    // `make test` installs LibreOffice (libreoffice-calc-nogui): without it this check would
    // prove nothing, so its absence is a failure, not a skip.
    REQUIRE_MESSAGE(have_soffice(),
                    "soffice is not installed: apt-get install -y libreoffice-calc-nogui");
    scratch_dir dir;
    const std::vector<claim> claims = read_claims(claims_csv, "claims.csv");
    const claims_report r = check_claims(claims_sample(), claims);
    write_claims_xlsx(dir / "claims.xlsx", claims_sample(), claims, r);
    convert(dir, dir / "claims.xlsx");
    check_no_errors(dir, "claims");

    const std::vector<row> balances = read_csv(dir / "claims-Balances.csv");
    REQUIRE(balances.size() == r.balances.size() + 3);  // header, unmatched claims and total
    // U-1 (S9-99 is on no roster) matches nothing, and still counts (rule 11): £200.00.
    const row& unmatched = balances[balances.size() - 2];
    CHECK(unmatched.at(0) == "unmatched claims");
    const std::size_t claimed = column_of(balances[0], "claimed (£)");
    const std::size_t remaining = column_of(balances[0], "remaining (£)");
    const std::size_t status = column_of(balances[0], "status");
    for (std::size_t i = 0; i < r.balances.size(); ++i) {
        CHECK(figure(balances[i + 1].at(claimed)) == r.balances[i].claimed);
        CHECK(figure(balances[i + 1].at(remaining)) == r.balances[i].remaining);
    }
    CHECK(figure(balances.back().at(remaining)) == r.remaining_total);
    CHECK(figure(balances.back().at(claimed)) == r.claimed_total);
    CHECK(figure(unmatched.at(column_of(balances[0], "claimed (£)"))) == money::parse("200.00"));
    CHECK(figure(unmatched.at(remaining)) == -money::parse("200.00"));

    // Hand figures: S7-01 year 1 central events, 5 days allocated (000), 5.5 claimed at £200;
    // WG-A's two departments, £2,000 each (003): 141120 claimed £2,500 (G-1: £500 over) and
    // 143557 £2,000 (G-2: nothing left).
    bool saw_central = false;
    int grants = 0, over = 0;
    money grants_remaining;
    for (std::size_t i = 1; i + 1 < balances.size(); ++i) {
        const row& b = balances[i];
        if (b.at(2) == "S7-01" && b.at(3) == "1" && b.at(4) == "central_events") {
            saw_central = true;
            CHECK(figure(b.at(claimed)) == money::parse("1100.00"));
            CHECK(figure(b.at(remaining)) == -money::parse("100.00"));
            CHECK(b.at(status) == "OVER");
        }
        if (b.at(2) == "WG-A" && b.at(4) == "department_grant") {
            ++grants;
            grants_remaining += figure(b.at(remaining));
            if (b.at(status) == "OVER") ++over;
        }
    }
    CHECK(saw_central);
    CHECK(grants == 2);
    CHECK(over == 1);
    CHECK(grants_remaining == -money::parse("500.00"));
}

TEST_CASE("workbooks of a scenario with no lines and of no claims") {
    scenario s = default_scenario();
    s.roster.clear();
    s.departments.clear();
    const expansion e = expand(s);
    scratch_dir dir;
    write_forecast_xlsx(dir / "empty.xlsx", s, e, summarise(e, forecast_options{}));
    write_claims_xlsx(dir / "none.xlsx", s, {}, check_claims(s, {}));
    CHECK(slurp(dir / "empty.xlsx").substr(0, 2) == "PK");
    CHECK(slurp(dir / "none.xlsx").substr(0, 2) == "PK");
    REQUIRE_MESSAGE(have_soffice(),
                    "soffice is not installed: apt-get install -y libreoffice-calc-nogui");
    // Totals over no rows are zero, not circular references.
    convert(dir, dir / "empty.xlsx");
    convert(dir, dir / "none.xlsx");
    check_no_errors(dir, "empty");
    check_no_errors(dir, "none");
    const std::vector<row> balances = read_csv(dir / "none-Balances.csv");
    REQUIRE(balances.size() == 2);
    CHECK(figure(balances[1].at(column_of(balances[0], "remaining (£)"))) == money{});
}
