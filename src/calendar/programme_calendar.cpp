// A hub's calendar: the key dates, deadlines and commitments of the editions it uses.
#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

#include "mhfund/edition.hpp"
#include "mhfund/programme_calendar.hpp"
#include "mhfund/scenario.hpp"

namespace mhfund {
inline namespace v1 {

std::string calendar_item::when_text() const {
    if (kind == calendar_item_kind::deadline) return deadline->to_string();
    if (!until) return when.to_string();
    return when.to_string() + " to " + until->to_string();
}

namespace {

/// What of an edition goes into a calendar.
struct coverage {
    bool full = false;              ///< everything, or only a known deadline
    std::set<std::string> cohorts;  ///< cohorts in use; empty = every cohort
};

void add_items(std::vector<calendar_item>& out, const edition& e, const coverage& c,
               const term_calendar& terms) {
    if (e.deadline && (c.full || e.deadline->known())) {
        calendar_item i;
        i.kind = calendar_item_kind::deadline;
        i.edition = e.id;
        const std::string hub = e.deadline->hub.empty() ? "" : " (" + e.deadline->hub + "'s call)";
        i.what = "application deadline: " + e.deadline->what + hub;
        i.deadline = e.deadline;
        if (e.deadline->day) {
            // Sorted and filtered by the UK local day on which it falls.
            i.when = fuzzy_date::on(to_uk_local(e.deadline->last_on_time()).day);
            i.range = i.when.range(terms);
        }
        i.source = e.deadline->source;
        i.note = e.deadline->note;
        out.push_back(std::move(i));
    }
    if (!c.full) return;
    for (const key_date& k : e.key_dates) {
        if (!k.cohort.empty() && !c.cohorts.empty() && c.cohorts.count(k.cohort) == 0) continue;
        calendar_item i;
        i.kind = calendar_item_kind::key_date;
        i.edition = e.id;
        i.cohort = k.cohort;
        i.what = k.what;
        i.when = k.when;
        i.until = k.until;
        i.source = k.source;
        i.note = k.note;
        i.range = k.range(terms);
        out.push_back(std::move(i));
    }
    for (const commitment_spec& m : e.commitments) {
        calendar_item i;
        i.kind = calendar_item_kind::commitment;
        i.edition = e.id;
        i.what = fmt::format("year {}: {}{} (required, not funded)", m.year,
                             m.who.empty() ? "" : m.who + ": ", m.what);
        i.when = m.when;
        i.source = m.source;
        i.range = m.when.range(terms);
        out.push_back(std::move(i));
    }
}

std::vector<calendar_item> order(std::vector<calendar_item> items,
                                 const calendar_options& options) {
    std::vector<calendar_item> dated, undated;
    for (calendar_item& i : items) {
        if (!i.dated()) {
            undated.push_back(std::move(i));
        } else if (!options.from || i.range.end > *options.from) {
            dated.push_back(std::move(i));
        }
    }
    std::stable_sort(dated.begin(), dated.end(),
                     [](const calendar_item& a, const calendar_item& b) {
                         return a.range.begin < b.range.begin;
                     });
    for (calendar_item& i : undated)
        dated.push_back(std::move(i));
    return dated;
}

}  // namespace

std::vector<calendar_item> edition_calendar(const std::vector<const edition*>& editions,
                                            const term_calendar& terms,
                                            const calendar_options& options) {
    std::vector<calendar_item> items;
    for (const edition* e : editions)
        add_items(items, *e, coverage{true, {}}, terms);
    return order(std::move(items), options);
}

std::vector<calendar_item> hub_calendar(const scenario& s, const calendar_options& options) {
    std::map<std::string, coverage, std::less<>> used;
    for (const participant& p : s.roster) {
        coverage& c = used[p.edition];
        c.full = true;
        c.cohorts.insert(p.cohort);
    }
    for (const workgroup_department& d : s.departments)
        used[d.edition].full = true;

    std::vector<calendar_item> items;
    for (const edition& e : s.cat.editions()) {
        const auto it = used.find(e.id);
        if (options.all || used.empty())
            add_items(items, e, coverage{true, {}}, s.terms);
        else if (it != used.end())
            add_items(items, e, it->second, s.terms);
        else
            add_items(items, e, coverage{false, {}}, s.terms);
    }
    return order(std::move(items), options);
}

}  // namespace v1
}  // namespace mhfund
