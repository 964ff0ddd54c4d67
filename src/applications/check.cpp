// Checking one application against an edition's criteria (domain.md section 6).
#include "mhfund/applications.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "mhfund/edition.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/identifiers.hpp"

namespace mhfund {
inline namespace v1 {

std::string_view application::cell(std::string_view column) const {
    for (const auto& [name, value] : cells)
        if (name == column) return value;
    return {};
}

bool application_result::eligible() const {
    return unmet().empty();
}

std::vector<const criterion_result*> application_result::unmet() const {
    std::vector<const criterion_result*> out;
    for (const criterion_result& r : results)
        if (r.essential && r.outcome == criterion_result::status::unmet) out.push_back(&r);
    return out;
}

std::size_t applications_report::eligible_count() const {
    return static_cast<std::size_t>(std::count_if(
        results.begin(), results.end(), [](const application_result& r) { return r.eligible(); }));
}

namespace {

std::string trimmed(std::string_view s) {
    return std::string(detail::trim(s));
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

/// A yes/no cell: yes, no (any case) or blank (not given).
enum class yes_no { yes, no, blank };

yes_no read_yes_no(const std::string& v, const source_location& where) {
    if (v.empty()) return yes_no::blank;
    const std::string l = lower(v);
    if (l == "yes") return yes_no::yes;
    if (l == "no") return yes_no::no;
    throw_input("yes/no value", v, "yes or no (blank when not given)", where);
}

std::string_view text_of(yes_no v) {
    return v == yes_no::yes ? "yes" : v == yes_no::no ? "no" : "blank";
}

int64_t read_count(const std::string& v, const source_location& where) {
    int n = 0;
    if (!detail::parse_whole(v, n) || v.size() > 3)
        throw_input("number", v, "a whole number of years, e.g. 2 (round down: 1.5 years is 1)",
                    where);
    return n;
}

/// The application's figures for a department's commitments (003 form), from the edition.
std::vector<std::string> commitments_of(const edition& e) {
    std::vector<std::string> out;
    if (!e.workgroup) return out;
    const workgroup_spec& w = *e.workgroup;
    if (w.meetings) {
        std::string alt;
        if (w.meetings_alternative)
            alt = fmt::format(" (the form says {}; setting 'meetings')", *w.meetings_alternative);
        out.push_back(fmt::format(
            "both Work Group teachers released for at least {} separate half-day meetings "
            "during {}{}{}",
            *w.meetings, w.first_year.to_string(), alt,
            w.meetings_source.empty() ? "" : " [" + w.meetings_source + "]"));
    }
    if (w.min_release_per_department)
        out.push_back(fmt::format(
            "at least {} (combined) days' release for the Mastery Advocates during the year, "
            "including the meetings{}",
            to_string(*w.min_release_per_department),
            w.release_source.empty() ? "" : " [" + w.release_source + "]"));
    for (const std::string& ev : w.events)
        out.push_back("released to attend: " + ev);
    return out;
}

}  // namespace

application_result check_application(const edition& e, const application& a) {
    auto at = [&](std::string_view column) {
        return source_location{a.where.file, a.where.line, std::string(column)};
    };
    if (!e.eligibility)
        throw error(
            errc::input,
            fmt::format("edition {} has no eligibility criteria{}", e.id,
                        e.source.empty() ? std::string()
                                         : " (its documents, " + e.source + ", state none)"),
            at("edition"));
    application_result r;
    r.applicant = a.applicant;
    r.edition = e.id;
    r.where = a.where;
    const std::string hub = trimmed(a.hub);
    if (hub.empty()) throw_input("hub", "", "a Maths Hub code such as WM1", at("hub"));
    try {
        r.hub = std::string(hub_by_code(hub).code);
    } catch (const error& err) {
        rethrow_at(err, at("hub"));
    }
    // Identifiers are checked for their form whatever the criteria: a wrong one is bad data.
    if (const std::string inst = trimmed(a.cell("institution")); !inst.empty()) {
        try {
            classify_institution(inst);
        } catch (const error& err) {
            rethrow_at(err, at("institution"));
        }
    }
    if (const std::string t = trimmed(a.cell("trn")); !t.empty()) {
        try {
            parse_trn(t);
        } catch (const error& err) {
            rethrow_at(err, at("trn"));
        }
    }

    for (const criterion& c : e.eligibility->criteria) {
        criterion_result base;
        base.id = c.id;
        base.text = c.text;
        base.source = c.source;
        base.essential = c.essential;
        base.check = c.check;
        base.where = at(c.columns.front());
        auto push = [&](criterion_result::status s, std::string given, std::string reason,
                        std::string_view column) {
            criterion_result x = base;
            x.outcome = s;
            x.given = std::move(given);
            x.reason = std::move(reason);
            x.where = at(column);
            r.results.push_back(std::move(x));
        };
        using st = criterion_result::status;
        const std::string first = trimmed(a.cell(c.columns.front()));
        switch (c.check) {
            case criterion_check::yes: {
                bool any_yes = false, any_given = false;
                std::string given;
                for (const std::string& col : c.columns) {
                    const yes_no v = read_yes_no(trimmed(a.cell(col)), at(col));
                    any_yes = any_yes || v == yes_no::yes;
                    any_given = any_given || v != yes_no::blank;
                    given += (given.empty() ? "" : ", ") +
                             (c.columns.size() > 1 ? col + " " : std::string()) +
                             std::string(text_of(v));
                }
                if (any_yes)
                    push(st::met, given, "", c.columns.front());
                else
                    push(st::unmet, given, any_given ? "the application says no" : "not given",
                         c.columns.front());
                break;
            }
            case criterion_check::no: {
                const yes_no v = read_yes_no(first, at(c.columns.front()));
                if (v == yes_no::no)
                    push(st::met, "no", "", c.columns.front());
                else
                    push(st::unmet, std::string(text_of(v)),
                         v == yes_no::blank ? "not given" : "the application says yes",
                         c.columns.front());
                break;
            }
            case criterion_check::at_least: {
                if (first.empty()) {
                    push(st::unmet, "blank", "not given", c.columns.front());
                    break;
                }
                const int64_t n = read_count(first, at(c.columns.front()));
                if (n >= c.minimum)
                    push(st::met, std::to_string(n), "", c.columns.front());
                else
                    push(st::unmet, std::to_string(n),
                         fmt::format("{} given; at least {} needed", n, c.minimum),
                         c.columns.front());
                break;
            }
            case criterion_check::one_of: {
                if (first.empty()) {
                    push(st::unmet, "blank", "not given", c.columns.front());
                    break;
                }
                const std::string v = lower(first);
                if (c.columns.front() == "phase") {
                    const auto& known = phase_values();
                    if (std::find(known.begin(), known.end(), v) == known.end()) {
                        std::string list;
                        for (std::string_view k : known)
                            list += (list.empty() ? "" : ", ") + std::string(k);
                        throw_input("phase", first, list, at("phase"));
                    }
                }
                std::string wanted;
                bool found = false;
                for (const std::string& w : c.values) {
                    wanted += (wanted.empty() ? "" : " or ") + w;
                    found = found || lower(w) == v;
                }
                if (found)
                    push(st::met, v, "", c.columns.front());
                else
                    push(st::unmet, v, fmt::format("'{}' given; {} needed", v, wanted),
                         c.columns.front());
                break;
            }
            case criterion_check::trn: {
                std::vector<std::pair<std::string, std::string>> seen;  // TRN, column
                for (const std::string& col : c.columns) {
                    const std::string v = trimmed(a.cell(col));
                    if (v.empty()) {
                        push(st::unmet, "blank",
                             "blank TRN: a blank TRN makes an application unprocessable (003: "
                             "\"If this field is left blank, we will be unable to process your "
                             "application\"); give the TRN, or UQT for an unqualified teacher",
                             col);
                        continue;
                    }
                    trn t;
                    try {
                        t = parse_trn(v);
                    } catch (const error& err) {
                        rethrow_at(err, at(col));
                    }
                    const auto dup = std::find_if(seen.begin(), seen.end(), [&](const auto& s) {
                        return s.first == t.value;
                    });
                    if (c.distinct && !t.unqualified() && dup != seen.end()) {
                        push(st::unmet, "given",
                             fmt::format("the same TRN as '{}': two different teachers are "
                                         "needed",
                                         dup->second),
                             col);
                        continue;
                    }
                    seen.emplace_back(t.value, col);
                    push(st::met, t.unqualified() ? "UQT" : "given", "", col);
                }
                break;
            }
            case criterion_check::urn: {
                if (first.empty()) {
                    push(st::unmet, "blank", "not given: a school URN (6 digits) is needed",
                         c.columns.front());
                    break;
                }
                try {
                    parse_urn(first);
                } catch (const error& err) {
                    rethrow_at(err, at(c.columns.front()));
                }
                push(st::met, first, "", c.columns.front());
                break;
            }
            case criterion_check::statement: {
                const yes_no v = read_yes_no(first, at(c.columns.front()));
                push(st::recorded, v == yes_no::blank ? "not given" : std::string(text_of(v)), "",
                     c.columns.front());
                break;
            }
        }
    }
    if (e.eligibility->applicant == applicant_kind::department) r.commitments = commitments_of(e);
    return r;
}

}  // namespace v1
}  // namespace mhfund
