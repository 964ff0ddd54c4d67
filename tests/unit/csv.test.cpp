// The CSV reader and writer: RFC 4180 quoting, encodings and line ends as spreadsheets write
// them, and errors that name the file and the physical line of the bad record.
#include <doctest/doctest.h>

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "io/csv.hpp"
#include "mhfund/error.hpp"

#include "support.hpp"

using mhfund_test::contains;
using mhfund_test::message_of;

using mhfund::errc;
using mhfund::error;
using mhfund::io::append_csv_row;
using mhfund::io::csv_columns;
using mhfund::io::csv_quote;
using mhfund::io::csv_table;
using mhfund::io::parse_csv;
using strings = std::vector<std::string>;

namespace {

// The cells of record `r` of `t`, as strings.
strings cells(const csv_table& t, std::size_t r) {
    strings out;
    for (std::size_t c = 0; c < t.header.size(); ++c)
        out.emplace_back(t.cell(t.rows.at(r), c));
    return out;
}

}  // namespace

TEST_CASE("a plain file: header, rows, line numbers") {
    const csv_table t = parse_csv("a,b,c\n1,2,3\n4,5,6\n", "plain.csv");
    CHECK(t.file == "plain.csv");
    CHECK(t.header == strings{"a", "b", "c"});
    CHECK(t.header_line == 1);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].line == 2);
    CHECK(cells(t, 0) == strings{"1", "2", "3"});
    CHECK(t.rows[1].line == 3);
    CHECK(cells(t, 1) == strings{"4", "5", "6"});
}

TEST_CASE("quoted cells: commas, doubled quotes, empty quoted cells") {
    const csv_table t =
        parse_csv("name,note\n\"Smith, J\",\"said \"\"hi\"\"\"\n\"\",x\n", "quotes.csv");
    REQUIRE(t.rows.size() == 2);
    CHECK(cells(t, 0) == strings{"Smith, J", "said \"hi\""});
    CHECK(cells(t, 1) == strings{"", "x"});
}

TEST_CASE("cells are kept verbatim, header names are trimmed") {
    const csv_table t = parse_csv(" a , b\t\n x ,\t\n", "spaces.csv");
    CHECK(t.header == strings{"a", "b"});
    REQUIRE(t.rows.size() == 1);
    CHECK(cells(t, 0) == strings{" x ", "\t"});
}

TEST_CASE("empty cells, including a trailing one") {
    const csv_table t = parse_csv("a,b,c\n1,,\n,,3\n", "empty.csv");
    REQUIRE(t.rows.size() == 2);
    CHECK(cells(t, 0) == strings{"1", "", ""});
    CHECK(cells(t, 1) == strings{"", "", "3"});
}

TEST_CASE("a record with embedded line breaks spans lines; later lines are still exact") {
    const std::string text =
        "id,address\n"           // line 1
        "p1,\"1 High St\n"       // line 2: record starts
        "Leeds\n"                // line 3
        "LS1 1AA\"\n"            // line 4: record ends
        "p2,\"one line\"\n"      // line 5
        "p3,\"two\r\nlines\"\n"  // lines 6-7
        "p4,x\n";                // line 8
    const csv_table t = parse_csv(text, "multi.csv");
    REQUIRE(t.rows.size() == 4);
    CHECK(t.rows[0].line == 2);
    CHECK(t.cell(t.rows[0], 1) == "1 High St\nLeeds\nLS1 1AA");
    CHECK(t.rows[1].line == 5);
    CHECK(t.rows[2].line == 6);
    CHECK(t.cell(t.rows[2], 1) == "two\r\nlines");
    CHECK(t.rows[3].line == 8);
    CHECK(cells(t, 3) == strings{"p4", "x"});
}

TEST_CASE("an error after a multi-line record names the right line") {
    const std::string text =
        "id,address\n"
        "p1,\"a\nb\nc\"\n"  // lines 2-4
        "p2,x,extra\n";     // line 5
    const std::string m = message_of([&] { parse_csv(text, "file.csv"); });
    CHECK(contains(m, "file.csv:5: "));
    CHECK(contains(m, "expected 2 fields (as in the header), found 3"));
}

TEST_CASE("a byte order mark is dropped") {
    const csv_table t = parse_csv("\xEF\xBB\xBFparticipant,hub\nP1,H1\n", "bom.csv");
    CHECK(t.header == strings{"participant", "hub"});
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0].line == 2);
}

TEST_CASE("UTF-8 text passes through; other encodings are an error naming the line") {
    const csv_table t = parse_csv("name\nZo\xC3\xAB\n", "utf8.csv");
    REQUIRE(t.rows.size() == 1);
    CHECK(t.cell(t.rows[0], 0) == "Zo\xC3\xAB");

    // "Zoë" as Windows-1252, as Excel's plain "CSV" export writes it.
    const std::string m = message_of([] { parse_csv("name\nAnn\nZo\xEB\n", "latin.csv"); });
    CHECK(contains(m, "latin.csv:3: "));
    CHECK(contains(m, "not UTF-8"));
    CHECK(contains(m, "0xEB"));
    CHECK(contains(m, "column 3"));
}

TEST_CASE("CRLF line ends") {
    const csv_table t = parse_csv("a,b\r\n1,2\r\n3,4\r\n", "crlf.csv");
    CHECK(t.header == strings{"a", "b"});
    REQUIRE(t.rows.size() == 2);
    CHECK(cells(t, 0) == strings{"1", "2"});
    CHECK(t.rows[1].line == 3);
    CHECK(cells(t, 1) == strings{"3", "4"});

    const std::string m = message_of([] { parse_csv("a,b\r\n1,2\r\n3\r\n", "crlf.csv"); });
    CHECK(contains(m, "crlf.csv:3: expected 2 fields (as in the header), found 1"));
}

TEST_CASE("a last line without a newline") {
    const csv_table t = parse_csv("a,b\n1,2\n3,\"4\"", "last.csv");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[1].line == 3);
    CHECK(cells(t, 1) == strings{"3", "4"});
    const csv_table u = parse_csv("a,b\n1,", "last.csv");
    REQUIRE(u.rows.size() == 1);
    CHECK(cells(u, 0) == strings{"1", ""});
}

TEST_CASE("blank lines and blank rows are skipped, and do not shift line numbers") {
    const std::string text =
        "\n"         // line 1
        "a,b\n"      // line 2: header
        "1,2\n"      // line 3
        "\n"         // line 4
        "\r\n"       // line 5
        "3,4\n"      // line 6
        " ,\t\n"     // line 7: a spreadsheet row of blanks
        "5,\"6\"\n"  // line 8
        "\n\n";      // lines 9-10
    const csv_table t = parse_csv(text, "blank.csv");
    CHECK(t.header_line == 2);
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0].line == 3);
    CHECK(t.rows[1].line == 6);
    CHECK(t.rows[2].line == 8);
    // The blank rows' cells are dropped with them: each row has its own cells, in order.
    CHECK(cells(t, 0) == strings{"1", "2"});
    CHECK(cells(t, 1) == strings{"3", "4"});
    CHECK(cells(t, 2) == strings{"5", "6"});
}

TEST_CASE("a header with no rows") {
    const csv_table t = parse_csv("a,b\n", "header.csv");
    CHECK(t.header == strings{"a", "b"});
    CHECK(t.rows.empty());
}

TEST_CASE("an empty file has no header") {
    for (const char* text : {"", "\n\n", "\xEF\xBB\xBF"}) {
        const std::string m = message_of([&] { parse_csv(text, "empty.csv"); });
        CHECK(contains(m, "empty.csv: no header row"));
    }
}

TEST_CASE("wrong field count") {
    const std::string m = message_of([] { parse_csv("a,b,c\n1,2,3\n4,5\n", "file.csv"); });
    CHECK(m == "file.csv:3: expected 3 fields (as in the header), found 2");
    try {
        parse_csv("a,b,c\n1,2,3\n4,5\n", "file.csv");
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == errc::input);
        CHECK(e.where().file == "file.csv");
        CHECK(e.where().line == 3);
    }
}

TEST_CASE("malformed quoting names the file and the line of the record") {
    SUBCASE("text after a closing quote") {
        const std::string m = message_of([] { parse_csv("a,b,c\n1,2,3\na,\"b\"c,d\n", "q.csv"); });
        CHECK(contains(m, "q.csv:3: "));
        CHECK(contains(m, "malformed CSV at column 6"));
        CHECK(contains(m, "'c' after the closing '\"'"));
    }
    SUBCASE("a quote inside an unquoted cell") {
        const std::string m = message_of([] { parse_csv("a,b\n1,2\nx,5\"\n", "q.csv"); });
        CHECK(contains(m, "q.csv:3: "));
        CHECK(contains(m, "column 4"));
    }
    SUBCASE("text after a closing quote on a later line of a multi-line record") {
        const std::string m = message_of([] { parse_csv("a,b\n1,\"x\ny\"z\n", "q.csv"); });
        CHECK(contains(m, "q.csv:2: "));
        CHECK(contains(m, "malformed CSV at line 3, column 3"));
    }
    SUBCASE("an unterminated quote") {
        const std::string m =
            message_of([] { parse_csv("a,b\n1,2\n3,\"4\n5,6\n7,8\n", "open.csv"); });
        CHECK(contains(m, "open.csv:3: "));
        CHECK(contains(m, "unterminated quoted cell"));
    }
    SUBCASE("an unterminated quote on the last line, without a newline") {
        const std::string m = message_of([] { parse_csv("a,b\n1,2\n3,\"4", "open.csv"); });
        CHECK(contains(m, "open.csv:3: unterminated quoted cell"));
    }
}

TEST_CASE("header names must be present and unique") {
    const std::string dup = message_of([] { parse_csv("a,b,a\n1,2,3\n", "h.csv"); });
    CHECK(contains(dup, "h.csv:1: "));
    CHECK(contains(dup, "duplicate column 'a'"));
    CHECK(contains(dup, "columns 1 and 3"));

    const std::string dup_trimmed = message_of([] { parse_csv("a, a\n1,2\n", "h.csv"); });
    CHECK(contains(dup_trimmed, "duplicate column 'a'"));

    const std::string empty = message_of([] { parse_csv("a,,c\n1,2,3\n", "h.csv"); });
    CHECK(contains(empty, "h.csv:1: column 2 of the header has no name"));
}

TEST_CASE("csv_columns: cells by name") {
    const csv_table t = parse_csv("hub,participant,trn\nH1,P1,1234567\nH2,P2,\n", "r.csv");
    const csv_columns cols(t, {"participant", "hub"}, {"trn", "withdrawn"});
    CHECK(cols.index("hub") == 0u);
    CHECK(cols.index("participant") == 1u);
    CHECK(cols.index("trn") == 2u);
    CHECK_FALSE(cols.index("withdrawn").has_value());
    CHECK(cols.has("trn"));
    CHECK_FALSE(cols.has("withdrawn"));
    CHECK(cols.get(t.rows[0], "participant") == "P1");
    CHECK(cols.get(t.rows[0], "trn") == "1234567");
    CHECK(cols.get(t.rows[1], "trn") == "");
    CHECK(cols.get(t.rows[1], "withdrawn") == "");
    const mhfund::source_location w = cols.where(t.rows[1], "hub");
    CHECK(w.file == "r.csv");
    CHECK(w.line == 3);
    CHECK(w.field == "hub");

    // A name the caller never declared is a bug in the caller, not bad input.
    try {
        (void)cols.get(t.rows[0], "hubb");
        FAIL("no error");
    } catch (const error& e) {
        CHECK(e.code() == errc::internal);
    }
}

TEST_CASE("csv_columns: missing and unknown columns") {
    const csv_table t = parse_csv("participant,hub,colour\nP1,H1,red\n", "r.csv");
    const std::string missing = message_of([&] {
        csv_columns(t, {"participant", "hub", "programme"}, {"trn"});
    });
    CHECK(missing ==
          "r.csv:1: missing column 'programme' (expected columns: participant, hub, programme; "
          "optional: trn)");

    const std::string unknown = message_of([&] {
        csv_columns(t, {"participant", "hub"}, {"trn"});
    });
    CHECK(unknown == "r.csv:1: unknown column 'colour' (expected one of: participant, hub, trn)");

    const csv_table cased = parse_csv("Participant,hub\nP1,H1\n", "c.csv");
    const std::string hint = message_of([&] { csv_columns(cased, {"participant", "hub"}, {}); });
    CHECK(contains(hint, "c.csv:1: missing column 'participant'"));
    CHECK(contains(hint, "the header has 'Participant'"));

    // The header's own line, when blank lines come first.
    const csv_table late = parse_csv("\n\nhub\nH1\n", "late.csv");
    const std::string m = message_of([&] { csv_columns(late, {"participant", "hub"}, {}); });
    CHECK(contains(m, "late.csv:3: missing column 'participant'"));
}

TEST_CASE("csv_quote quotes only what needs it") {
    CHECK(csv_quote("plain") == "plain");
    CHECK(csv_quote("") == "");
    CHECK(csv_quote(" spaced ") == " spaced ");
    CHECK(csv_quote("a,b") == "\"a,b\"");
    CHECK(csv_quote("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_quote("two\nlines") == "\"two\nlines\"");
    CHECK(csv_quote("cr\r") == "\"cr\r\"");
    CHECK(csv_quote("\xC2\xA3"
                    "12.50") ==
          "\xC2\xA3"
          "12.50");
}

TEST_CASE("append_csv_row writes LF-ended records that read back the same") {
    std::string out;
    append_csv_row(out, {"id", "note", "amount"});
    append_csv_row(out, {"p1", "plain", "12.50"});
    append_csv_row(out, {"p2", "Smith, J said \"hi\"\nthen left", "-3.00"});
    append_csv_row(out, {"p3", "", ""});
    append_csv_row(out, {"p4", " padded ", "\"\""});
    CHECK(out ==
          "id,note,amount\n"
          "p1,plain,12.50\n"
          "p2,\"Smith, J said \"\"hi\"\"\nthen left\",-3.00\n"
          "p3,,\n"
          "p4, padded ,\"\"\"\"\"\"\n");

    const csv_table t = parse_csv(out, "round.csv");
    CHECK(t.header == strings{"id", "note", "amount"});
    REQUIRE(t.rows.size() == 4);
    CHECK(cells(t, 0) == strings{"p1", "plain", "12.50"});
    CHECK(cells(t, 1) == strings{"p2", "Smith, J said \"hi\"\nthen left", "-3.00"});
    CHECK(t.rows[2].line == 5);
    CHECK(cells(t, 2) == strings{"p3", "", ""});
    CHECK(cells(t, 3) == strings{"p4", " padded ", "\"\""});

    std::string single;
    append_csv_row(single, {""});
    CHECK(single == "\"\"\n");
}

TEST_CASE("read_csv_file and read_text_file") {
    char path[] = "/tmp/mhfund-csv-test-XXXXXX";
    const int fd = mkstemp(path);
    REQUIRE(fd >= 0);
    const std::string text = "a,b\r\n1,\"x\ny\"\r\n";
    REQUIRE(write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    close(fd);

    CHECK(mhfund::io::read_text_file(path) == text);
    const csv_table t = mhfund::io::read_csv_file(path);
    CHECK(t.file == path);
    REQUIRE(t.rows.size() == 1);
    CHECK(cells(t, 0) == strings{"1", "x\ny"});
    std::remove(path);

    const std::string m = message_of([] { mhfund::io::read_csv_file("/nonexistent/roster.csv"); });
    CHECK(m == "cannot read /nonexistent/roster.csv: No such file or directory");
}
