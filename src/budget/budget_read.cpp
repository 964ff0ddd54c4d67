// Reading a budget file back (budget.hpp). The file is written by the tool and never by hand, so
// the reader is strict: every field present with its type, no field it does not know, dates
// real, amounts exact, spans inside the horizon and within one month and term, and the lines'
// money adding up to the total. Each error names the file, the JSON path, the value and what was
// expected.
#include <fmt/format.h>

#include "budget/budget_model.hpp"
#include "budget/json_fields.hpp"
#include "io/csv.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

using detail::json;
using detail::json_fields;

std::string at(const std::string& path, std::size_t i) {
    return fmt::format("{}[{}]", path, i);
}

/// One share: [first day, last day, amount], inside the horizon and within one span.
budget_share read_share(const json& v, const std::string& file, const std::string& path,
                        const budget& b, date previous_end) {
    if (!v.is_array() || v.size() != 3)
        detail::json_bad(file, path, v, "[first day, last day, amount]");
    budget_share s;
    s.from = detail::json_date(file, path + "[0]", v[0]);
    const date last = detail::json_date(file, path + "[1]", v[1]);
    s.amount = detail::json_money(file, path + "[2]", v[2]);
    if (s.from < previous_end || s.from < b.horizon.begin)
        detail::json_bad(file, path + "[0]", v[0],
                         "a day inside the horizon, after the line's previous span");
    s.to = last + boost::gregorian::days(1);
    if (last < s.from || b.horizon.end < s.to || detail::span_end(s.from, b.terms) < s.to)
        detail::json_bad(file, path + "[1]", v[1],
                         "a day from the span's first day to the end of its month and term, "
                         "inside the horizon");
    return s;
}

budget_line read_line(const json& v, const std::string& file, const std::string& path,
                      const budget& b) {
    json_fields f(v, file, path);
    budget_line l;
    l.subject = f.string("subject");
    l.department = f.boolean("department");
    l.year = f.integer("year", 1, 100);
    l.category = f.string("category");
    json_fields keys(f.required("keys"), file, f.path_of("keys"));
    for (const dimension d : detail::all_dimensions)
        l.keys.push_back(keys.string(std::string(to_string(d))));
    keys.finish();
    l.rate = f.string("rate");
    l.rate_amount = f.amount("rate_amount");
    l.days = f.days("days");
    l.reallocated = f.days("reallocated");
    l.amount = f.amount("amount");
    l.kept = f.amount("kept");
    if (const json& w = f.required("withdrawn"); !w.is_null())
        l.withdrawn = detail::json_date(file, f.path_of("withdrawn"), w);
    l.phasing = f.string("phasing");
    const json& changes = f.array("changes");
    for (std::size_t i = 0; i < changes.size(); ++i) {
        if (!changes[i].is_string())
            detail::json_bad(file, at(f.path_of("changes"), i), changes[i], "a string");
        l.changes.push_back(changes[i].get<std::string>());
    }
    l.derivation = f.string("derivation");
    const json& shares = f.array("shares");
    date previous_end = b.horizon.begin;
    for (std::size_t i = 0; i < shares.size(); ++i) {
        l.shares.push_back(
            read_share(shares[i], file, at(f.path_of("shares"), i), b, previous_end));
        previous_end = l.shares.back().to;
    }
    f.finish();
    return l;
}

void read_terms(json_fields& f, budget& b) {
    const json& terms = f.array("terms");
    for (std::size_t i = 0; i < terms.size(); ++i) {
        json_fields t(terms[i], f.file(), at("terms", i));
        const std::string year = t.string("academic_year");
        const term_starts starts{t.day("spring"), t.day("summer")};
        t.finish();
        try {
            b.terms.set(academic_year::parse(year), starts);
        } catch (const error&) {
            detail::json_bad(f.file(), at("terms", i), terms[i],
                             "an academic year such as \"2024/25\" with its spring and summer "
                             "term starts inside it, in that order");
        }
    }
}

void read_inputs(json_fields& f, budget& b) {
    const json& inputs = f.array("inputs");
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        json_fields g(inputs[i], f.file(), at("inputs", i));
        input_fingerprint x{g.string("role"), g.string("file"), g.string("sha256")};
        const bool hex = x.sha256.size() == 64 &&
                         x.sha256.find_first_not_of("0123456789abcdef") == std::string::npos;
        if (!hex && x.sha256 != "missing")
            detail::json_bad(f.file(), g.path_of("sha256"), inputs[i]["sha256"],
                             "64 lower-case hex digits (a SHA-256)");
        g.finish();
        b.inputs.push_back(std::move(x));
    }
}

void read_settings(json_fields& f, budget& b) {
    const json& settings = f.array("settings");
    for (std::size_t i = 0; i < settings.size(); ++i) {
        json_fields g(settings[i], f.file(), at("settings", i));
        b.settings.push_back({g.string("setting"), g.string("value"), g.string("note")});
        g.finish();
    }
}

void read_header(json_fields& f, budget& b) {
    if (f.string("format") != detail::budget_format)
        detail::json_bad(f.file(), "format", f.required("format"),
                         "\"mhfund budget\" (a file written by mhfund budget)");
    f.integer("format_version", detail::budget_format_version, detail::budget_format_version);
    f.string("notice");
    b.tool_version = f.string("tool_version");
    b.scenario = f.string("scenario");
    json_fields h(f.required("horizon"), f.file(), "horizon");
    b.horizon.begin = h.day("first_day");
    const date last = h.day("last_day");
    if (last + boost::gregorian::days(1) < b.horizon.begin)
        detail::json_bad(f.file(), "horizon.last_day", f.required("horizon")["last_day"],
                         "a day on or after first_day");
    b.horizon.end = last + boost::gregorian::days(1);
    h.finish();
}

}  // namespace

bool is_budget_text(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && text[first] == '{';
}

budget read_budget(std::string_view text, const std::string& file) {
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        const std::size_t upto = std::min<std::size_t>(e.byte, text.size());
        const long line =
            1 + static_cast<long>(std::count(text.begin(), text.begin() + upto, '\n'));
        throw error(errc::input,
                    fmt::format("not a budget file: the JSON does not parse ({})", e.what()),
                    source_location{file, line, {}});
    } catch (const json::exception& e) {
        // A number too large for any C++ type (e.g. `4e2881`) parses no further.
        throw error(errc::input,
                    fmt::format("not a budget file: the JSON does not parse ({})", e.what()),
                    source_location{file, 0, {}});
    }
    json_fields f(doc, file, "");
    budget b;
    read_header(f, b);
    read_terms(f, b);
    read_inputs(f, b);
    read_settings(f, b);
    const money total = f.amount("total");
    const json& lines = f.array("lines");
    for (std::size_t i = 0; i < lines.size(); ++i)
        b.lines.push_back(read_line(lines[i], file, at("lines", i), b));
    f.finish();
    money sum;
    try {
        sum = b.total();
    } catch (const error& e) {
        rethrow_at(e, source_location{file, 0, "lines"});
    }
    if (sum != total)
        detail::json_bad(file, "total", f.required("total"),
                         fmt::format("the sum of the lines' shares, {}", to_plain(sum)));
    return b;
}

budget read_budget_file(const std::string& path) {
    return read_budget(io::read_text_file(path), path);
}

}  // namespace v1
}  // namespace mhfund
