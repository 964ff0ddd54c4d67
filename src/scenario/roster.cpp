// Roster and work-group CSV readers, and the checks of a whole scenario.
#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "io/csv.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/identifiers.hpp"
#include "mhfund/scenario.hpp"
#include "scenario/cells.hpp"
#include "scenario/first_seen.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

// The cell readers the changes reader shares (scenario/cells.hpp).
using detail::parse_cell;
using detail::required_cell;

/// Takes back the rows appended to `rows` unless `keep` is called: a reader that fails part of
/// the way through a file leaves the scenario as it was.
template <typename T>
class append_guard {
  public:
    explicit append_guard(std::vector<T>& rows) : rows_(rows), size_(rows.size()) {}
    append_guard(const append_guard&) = delete;
    append_guard& operator=(const append_guard&) = delete;
    ~append_guard() {
        if (!kept_) rows_.erase(rows_.begin() + static_cast<std::ptrdiff_t>(size_), rows_.end());
    }
    void keep() { kept_ = true; }

  private:
    std::vector<T>& rows_;
    std::size_t size_;
    bool kept_ = false;
};

/// `pd_lead_accredited`: yes or no in any case, as every reader takes them (detail/text.hpp); a
/// blank cell means no, as a roster without the column does.
bool yes_no_or_blank(std::string_view v) {
    if (v.empty()) return false;
    if (const std::optional<bool> answer = detail::parse_yes_no(v)) return *answer;
    throw_input("yes/no value", std::string(v), "yes or no (empty means no)");
}

/// An optional date cell: blank for none.
std::optional<date> date_or_blank(std::string_view v) {
    if (v.empty()) return std::nullopt;
    return parse_date(v);
}

/// The roster's columns, looked up once, not per cell.
struct roster_columns {
    explicit roster_columns(const io::csv_columns& cols)
        : participant(cols.find_field("participant")),
          hub(cols.find_field("hub")),
          programme(cols.find_field("programme")),
          edition(cols.find_field("edition")),
          cohort(cols.find_field("cohort")),
          start(cols.find_field("start")),
          institution(cols.find_field("institution")),
          trn(cols.find_field("trn")),
          pd_lead_accredited(cols.find_field("pd_lead_accredited")),
          withdrawn(cols.find_field("withdrawn")),
          sle_days(cols.find_field("sle_days")) {}
    io::csv_columns::field participant, hub, programme, edition, cohort, start, institution, trn,
        pd_lead_accredited, withdrawn, sle_days;
};

/// Every cell of `row` but the id into `p`, each checked against the catalogue and the others
/// (a programme that is the edition's, a withdrawal after the start).
void read_participant(participant& p, const io::csv_columns& cols, const io::csv_row& row,
                      const roster_columns& f, const catalogue& cat) {
    p.hub = parse_cell(cols, row, f.hub,
                       [](std::string_view v) { return std::string(hub_by_code(v).code); });
    const edition& ed = parse_cell(cols, row, f.edition, [&](std::string_view v) -> const edition& {
        const edition& e = cat.get(v);
        if (e.kind != edition_kind::specialist)
            throw_input("edition", std::string(v),
                        "a specialist edition (Work Group editions go in the work groups file)");
        return e;
    });
    p.edition = ed.id;
    p.programme = required_cell(cols, row, f.programme, "the programme, e.g. sms or fe");
    if (p.programme != ed.programme)
        throw_input("programme", p.programme,
                    fmt::format("'{}', the programme of edition {}", ed.programme, ed.id),
                    cols.where(row, f.programme));
    const cohort_spec& cohort =
        parse_cell(cols, row, f.cohort,
                   [&](std::string_view v) -> const cohort_spec& { return ed.cohort(v); });
    p.cohort = cohort.id;
    p.start = parse_cell(cols, row, f.start, date_or_blank);
    p.institution = parse_cell(cols, row, f.institution, [](std::string_view v) {
        classify_institution(v);
        return std::string(v);
    });
    p.trn = parse_cell(cols, row, f.trn, [](std::string_view v) {
        return v.empty() ? std::string() : parse_trn(v).value;
    });
    p.pd_lead_accredited = parse_cell(cols, row, f.pd_lead_accredited, yes_no_or_blank);
    p.withdrawn = parse_cell(cols, row, f.withdrawn, date_or_blank);
    p.sle_days =
        parse_cell(cols, row, f.sle_days, [](std::string_view v) -> std::optional<half_days> {
            if (v.empty()) return std::nullopt;
            return half_days::parse(v);
        });
    const date start = ed.start_of(cohort.id, p.start);
    if (p.withdrawn && *p.withdrawn <= start)
        throw_input("withdrawal date", to_string(*p.withdrawn),
                    fmt::format("a date after the start date {}", to_string(start)),
                    cols.where(row, f.withdrawn));
}

}  // namespace

void read_roster(scenario& s, std::string_view csv_text, const std::string& file) {
    const io::csv_table t = io::parse_csv(csv_text, file);
    const io::csv_columns cols(
        t, {"participant", "hub", "programme", "edition", "cohort", "institution"},
        {"start", "trn", "pd_lead_accredited", "withdrawn", "sle_days"});
    const roster_columns f(cols);
    // Ids seen so far, as views: into rows already on the roster (stable: the roster is reserved
    // first, so it does not move) and into this file's cells (the table outlives the loop).
    s.roster.reserve(s.roster.size() + t.rows.size());
    detail::first_seen seen(s.roster.size() + t.rows.size());
    for (const participant& p : s.roster)
        seen.insert(p.id, p.where.line);
    append_guard<participant> appended(s.roster);
    for (const io::csv_row& row : t.rows) {
        // Filled in place: a participant is large, and moving one in cost a tenth of the read.
        participant& p = s.roster.emplace_back();
        p.where = {file, row.line, ""};
        p.id = required_cell(cols, row, f.participant, "the hub's own id for the participant");
        if (const auto first = seen.insert(detail::trim(cols.get(row, f.participant)), row.line))
            throw error(errc::input,
                        fmt::format("duplicate participant id '{}' (first on line {})",
                                    shown_value(p.id), *first),
                        cols.where(row, f.participant));
        read_participant(p, cols, row, f, s.cat);
    }
    appended.keep();
}

void read_roster_file(scenario& s, const std::string& path) {
    read_roster(s, io::read_text_file(path), path);
}

void read_workgroups(scenario& s, std::string_view csv_text, const std::string& file) {
    const io::csv_table t = io::parse_csv(csv_text, file);
    const io::csv_columns cols(t, {"workgroup", "hub", "edition", "institution", "academic_year"},
                               {"lead", "advocates"});
    const struct {
        io::csv_columns::field workgroup, hub, edition, lead, institution, academic_year, advocates;
    } f{cols.find_field("workgroup"),   cols.find_field("hub"),
        cols.find_field("edition"),     cols.find_field("lead"),
        cols.find_field("institution"), cols.find_field("academic_year"),
        cols.find_field("advocates")};
    s.departments.reserve(s.departments.size() + t.rows.size());
    append_guard<workgroup_department> appended(s.departments);
    for (const io::csv_row& row : t.rows) {
        workgroup_department d;
        d.where = {file, row.line, ""};
        d.workgroup = required_cell(cols, row, f.workgroup, "the Work Group's id");
        d.hub = parse_cell(cols, row, f.hub,
                           [](std::string_view v) { return std::string(hub_by_code(v).code); });
        const edition& ed =
            parse_cell(cols, row, f.edition, [&](std::string_view v) -> const edition& {
                const edition& e = s.cat.get(v);
                if (e.kind != edition_kind::workgroup)
                    throw_input("edition", std::string(v), "a Work Group edition such as wg-2024");
                return e;
            });
        d.edition = ed.id;
        d.lead = std::string(detail::trim(cols.get(row, f.lead)));
        d.institution =
            parse_cell(cols, row, f.institution, [](std::string_view v) { return parse_urn(v); });
        d.year = parse_cell(cols, row, f.academic_year, [&](std::string_view v) {
            const academic_year y = academic_year::parse(v);
            const workgroup_spec& w = *ed.workgroup;
            if (w.year_of(y) < 1 || w.year_of(y) > w.years)
                throw_input("academic year", std::string(v),
                            fmt::format("a year of edition {} ({} for {} year(s))", ed.id,
                                        w.first_year.to_string(), w.years));
            return y;
        });
        d.advocates = parse_cell(cols, row, f.advocates, [&](std::string_view v) {
            if (v.empty()) return ed.workgroup->advocates_per_department;
            // Three digits at most: a department has a handful of advocates, so a longer
            // number is a slip of the keyboard, not a plan.
            const std::optional<int> n =
                v.size() <= 3 ? detail::parse_whole<int>(v) : std::optional<int>();
            // 003: "Two teachers from each of two schools will become 'Mastery Advocates'", and
            // its form has room for two: more than the edition's number is no plan.
            const int most = ed.workgroup->advocates_per_department;
            if (!n || *n < 1 || *n > most)
                throw_input("number of advocates", std::string(v),
                            fmt::format("a whole number of Mastery Advocates from 1 to {} ({} per "
                                        "school in {})",
                                        most, most, ed.source));
            return *n;
        });
        s.departments.push_back(std::move(d));
    }
    appended.keep();
}

void read_workgroups_file(scenario& s, const std::string& path) {
    read_workgroups(s, io::read_text_file(path), path);
}

const participant* scenario::find_participant(std::string_view id) const {
    for (const participant& p : roster)
        if (p.id == id) return &p;
    return nullptr;
}

void scenario::validate() const {
    // Work Groups: at most the edition's number of departments in a year, each school once, and
    // a lead who is on the roster (when there is a roster).
    std::map<std::pair<std::string, int>, std::vector<const workgroup_department*>> groups;
    for (const workgroup_department& d : departments)
        groups[{d.workgroup, d.year.start_year}].push_back(&d);
    // Leads are looked up only when some department names one and there is a roster.
    std::unordered_map<std::string_view, const participant*> by_id;
    const bool leads =
        !roster.empty() && std::any_of(departments.begin(), departments.end(),
                                       [](const auto& d) { return !d.lead.empty(); });
    if (leads) {
        by_id.reserve(roster.size());
        for (const participant& p : roster)
            by_id.emplace(p.id, &p);
    }
    for (const auto& [key, members] : groups) {
        const edition& ed = cat.get(members.front()->edition);
        const int limit = ed.workgroup->departments;
        if (static_cast<int>(members.size()) > limit) {
            const workgroup_department& extra = *members[static_cast<std::size_t>(limit)];
            throw error(errc::input,
                        fmt::format("Work Group '{}' has {} departments in {}; edition {} has {} "
                                    "per group ({})",
                                    key.first, members.size(), extra.year.to_string(), ed.id, limit,
                                    ed.source),
                        source_location{extra.where.file, extra.where.line, "workgroup"});
        }
        for (std::size_t i = 0; i < members.size(); ++i) {
            const workgroup_department& d = *members[i];
            const workgroup_department& first = *members.front();
            if (d.edition != first.edition)
                throw_input("edition", d.edition,
                            fmt::format("'{}', the edition of Work Group '{}' on line {}",
                                        first.edition, key.first, first.where.line),
                            source_location{d.where.file, d.where.line, "edition"});
            if (d.hub != first.hub)
                throw_input("hub", d.hub,
                            fmt::format("'{}', the hub of Work Group '{}' on line {}", first.hub,
                                        key.first, first.where.line),
                            source_location{d.where.file, d.where.line, "hub"});
            for (std::size_t j = 0; j < i; ++j)
                if (members[j]->institution == d.institution)
                    throw error(errc::input,
                                fmt::format("school {} is in Work Group '{}' twice (line {})",
                                            d.institution, key.first, members[j]->where.line),
                                source_location{d.where.file, d.where.line, "institution"});
            if (!roster.empty() && !d.lead.empty() && by_id.count(d.lead) == 0)
                throw_input("lead", d.lead, "the participant id of a specialist on the roster",
                            source_location{d.where.file, d.where.line, "lead"});
        }
    }
}

}  // namespace v1
}  // namespace mhfund
