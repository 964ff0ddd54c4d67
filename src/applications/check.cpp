// Checking one application against an edition's criteria (domain.md section 6): the
// application's hub and identifiers, then each criterion by the check it names
// (criterion_checks.hpp), then a department's commitments.
#include "mhfund/applications.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "applications/criterion_checks.hpp"
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

/// Identifiers are checked for their form whatever the criteria: a wrong one is bad data.
void check_identifier_forms(const application& a) {
    if (const std::string inst = trimmed(a.cell("institution")); !inst.empty()) {
        try {
            classify_institution(inst);
        } catch (const error& err) {
            rethrow_at(err, detail::cell_at(a, "institution"));
        }
    }
    if (const std::string t = trimmed(a.cell("trn")); !t.empty()) {
        try {
            parse_trn(t);
        } catch (const error& err) {
            rethrow_at(err, detail::cell_at(a, "trn"));
        }
    }
}

void check_criterion(const detail::criterion_check_context& k) {
    switch (k.c.check) {
        case criterion_check::yes:
            return detail::check_yes(k);
        case criterion_check::no:
            return detail::check_no(k);
        case criterion_check::at_least:
            return detail::check_at_least(k);
        case criterion_check::one_of:
            return detail::check_one_of(k);
        case criterion_check::trn:
            return detail::check_trn(k);
        case criterion_check::urn:
            return detail::check_urn(k);
        case criterion_check::statement:
            return detail::check_statement(k);
    }
}

}  // namespace

application_result check_application(const edition& e, const application& a) {
    const auto at = [&](std::string_view column) { return detail::cell_at(a, column); };
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
    check_identifier_forms(a);
    for (const criterion& c : e.eligibility->criteria)
        check_criterion({c, a, r.results});
    if (e.eligibility->applicant == applicant_kind::department) r.commitments = commitments_of(e);
    return r;
}

}  // namespace v1
}  // namespace mhfund
