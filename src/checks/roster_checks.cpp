// The plan checks of roster rows: each participant's hub, institution id, TRN, SLE days, start
// and qualified status against the scenario and the edition it is priced under.
#include <cstdlib>

#include <fmt/format.h>

#include "checks/checks.hpp"
#include "mhfund/identifiers.hpp"
#include "mhfund/plan_checks.hpp"
#include "scenario/first_seen.hpp"

namespace mhfund {
inline namespace v1 {
namespace checks {

namespace {

/// The edition of a roster row: the reader checked the id, so it is in the catalogue. The last
/// one found is kept, since rosters come in runs of one edition.
class edition_lookup {
  public:
    explicit edition_lookup(const catalogue& cat) : cat_(cat) {}
    const edition& operator()(const participant& p) {
        if (!last_ || last_->id != p.edition) last_ = &cat_.get(p.edition);
        return *last_;
    }

  private:
    const catalogue& cat_;
    const edition* last_ = nullptr;
};

const char* kind_words(institution_kind k) {
    return k == institution_kind::school ? "a school URN (6 digits)"
                                         : "an FE provider's UKPRN (8 digits starting with 1)";
}

/// Terms counted from the calendar's start, so that two days' distance in terms is a
/// difference (autumn 2022 and spring 2023 are one apart).
long term_number(const term_calendar& terms, date d) {
    return static_cast<long>(academic_year::containing(d).start_year) * 3 +
           static_cast<long>(terms.term_of(d));
}

/// An essential criterion met only by Qualified Teacher Status (its one column is `qts`), or
/// nullptr. A criterion that QTLS also meets (004) is not one.
const criterion* qts_essential(const edition& ed) {
    if (!ed.eligibility) return nullptr;
    for (const criterion& c : ed.eligibility->criteria)
        if (c.essential && c.check == criterion_check::yes && c.columns.size() == 1 &&
            c.columns.front() == "qts")
            return &c;
    return nullptr;
}

bool prices_sle_days(const edition& ed) {
    for (const year_spec& y : ed.years)
        for (const line_spec& l : y.lines)
            if (l.days_setting == "sle_days") return true;
    return false;
}

}  // namespace

void check_participant_hubs(const scenario& s, std::vector<finding>& out) {
    for (const participant& p : s.roster)
        if (!in_scenario_hubs(s, p.hub))
            out.push_back({"plan.hub_mismatch",
                           fmt::format("participant {} is in hub {}, not the scenario's hub {}: "
                                       "its lines count in {}",
                                       p.id, p.hub, scenario_hubs_text(s), p.hub),
                           at(p.where, "hub")});
}

void check_institution_kinds(const scenario& s, std::vector<finding>& out) {
    edition_lookup edition_of(s.cat);
    for (const participant& p : s.roster) {
        const edition& ed = edition_of(p);
        if (!ed.payee) continue;
        const institution_kind k = classify_institution(p.institution);
        if (k == *ed.payee) continue;
        out.push_back(
            {"plan.institution_kind",
             fmt::format("participant {} ({}) is paid at {}, {}; edition {} pays {} ({})", p.id,
                         ed.id, p.institution, kind_words(k), ed.id, kind_words(*ed.payee),
                         ed.payee_source.empty() ? ed.source : ed.payee_source),
             at(p.where, "institution")});
    }
}

void check_trns_twice(const scenario& s, std::vector<finding>& out) {
    // The roster reader's open-addressing set (a node-based map cost a tenth of a national
    // check in cache misses), holding each TRN's first row index in place of a line.
    detail::first_seen first(s.roster.size());
    for (std::size_t i = 0; i < s.roster.size(); ++i) {
        const participant& p = s.roster[i];
        if (p.trn.empty() || p.trn == "UQT") continue;  // UQT identifies no one
        const std::optional<long> seen = first.insert(p.trn, static_cast<long>(i));
        if (!seen) continue;
        const participant& earlier = s.roster[static_cast<std::size_t>(*seen)];
        out.push_back({"plan.trn_twice",
                       fmt::format("TRN {} is also on participant {} (line {}): one teacher "
                                   "funded twice",
                                   redact_trn(trn{p.trn}), earlier.id, earlier.where.line),
                       at(p.where, "trn")});
    }
}

void check_unused_sle_days(const scenario& s, std::vector<finding>& out) {
    edition_lookup edition_of(s.cat);
    for (const participant& p : s.roster) {
        if (!p.sle_days) continue;
        const edition& ed = edition_of(p);
        if (prices_sle_days(ed)) continue;
        out.push_back({"plan.sle_days_unused",
                       fmt::format("participant {} has sle_days {}, but edition {} prices no "
                                   "year from sle_days (it has no SLE year): the days are ignored",
                                   p.id, to_string(*p.sle_days), ed.id),
                       at(p.where, "sle_days")});
    }
}

void check_start_near_cohort(const scenario& s, std::vector<finding>& out) {
    edition_lookup edition_of(s.cat);
    for (const participant& p : s.roster) {
        if (!p.start) continue;
        const edition& ed = edition_of(p);
        const date cohort_start = ed.cohort(p.cohort).start;
        if (std::labs(term_number(s.terms, *p.start) - term_number(s.terms, cohort_start)) <= 1)
            continue;
        out.push_back(
            {"plan.start_far_from_cohort",
             fmt::format("participant {} starts on {}, more than a term from {} cohort {}'s "
                         "start on {}: it is priced at that edition's days and rates",
                         p.id, to_string(*p.start), ed.id, p.cohort, to_string(cohort_start)),
             at(p.where, "start")});
    }
}

void check_unqualified(const scenario& s, std::vector<finding>& out) {
    edition_lookup edition_of(s.cat);
    for (const participant& p : s.roster) {
        if (p.trn != "UQT") continue;
        const edition& ed = edition_of(p);
        if (const criterion* c = qts_essential(ed))
            out.push_back({"plan.unqualified",
                           fmt::format("participant {} is UQT (no Qualified Teacher Status), but "
                                       "edition {} has '{}' as an essential criterion ({})",
                                       p.id, ed.id, c->text, c->source),
                           at(p.where, "trn")});
    }
}

void check_empty_plan(const scenario& s, std::vector<finding>& out) {
    if (!s.roster.empty() || !s.departments.empty()) return;
    out.push_back({"plan.empty",
                   "the plan has no participants and no Work Group departments: nothing is "
                   "priced (a roster or work groups file missing?)",
                   source_location{s.file, 0, ""}});
}

}  // namespace checks
}  // namespace v1
}  // namespace mhfund
