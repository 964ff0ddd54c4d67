#include "mhfund/pricing.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace mhfund {
inline namespace v1 {

std::string_view to_string(pd_lead_policy p) {
    return p == pd_lead_policy::unfunded ? "unfunded" : "reallocate";
}

pd_lead_policy parse_pd_lead_policy(std::string_view text) {
    if (text == "unfunded") return pd_lead_policy::unfunded;
    if (text == "reallocate") return pd_lead_policy::reallocate;
    throw_input("PD Lead policy", std::string(text), "unfunded or reallocate");
}

void day_settings::set(std::string name, half_days d) {
    for (auto& [n, v] : values)
        if (n == name) {
            v = d;
            return;
        }
    values.emplace_back(std::move(name), d);
}

std::optional<half_days> day_settings::find(std::string_view name) const {
    for (const auto& [n, v] : values)
        if (n == name) return v;
    return std::nullopt;
}

namespace {

/// A line's days, and the setting they came from (empty when the edition gives them).
struct line_days {
    half_days days;
    std::string_view setting;
};

/// The days of edition line `l`: the edition's, else the setting's; none when a setting that is
/// not required is missing (e.g. hub-event days, priced only where the scenario sets them).
std::optional<line_days> days_of(const edition& ed, int year, const line_spec& l,
                                 const price_options& options) {
    if (l.days) return line_days{*l.days, {}};
    if (auto set = options.days.find(l.days_setting)) return line_days{*set, l.days_setting};
    if (!l.days_required) return std::nullopt;
    throw error(errc::input,
                fmt::format("{} year {} needs '{}' ({}): the documents give no number of "
                            "days; set it in the scenario or the roster",
                            ed.id, year, l.days_setting, l.description),
                source_location{"", 0, l.days_setting});
}

/// The rate in force for line `l` on `on`: a scoped setting's (from any date) when the options
/// give one, else the rate card's (rule 4).
rate_in_force rate_for(const line_spec& l, date on, const price_options& options,
                       const rate_card& rates) {
    for (const rate_override& o : options.rates)
        if (o.rate_id == l.rate) return {&rates.get(l.rate), o.value};
    return rates.in_force(l.rate, on);
}

/// Rule 1: days × the rate in force on the window's first day, rounded half-up once.
priced_line priced(const line_spec& l, const line_days& d, const date_range& window,
                   const price_options& options, const rate_card& rates) {
    const rate_in_force rate = rate_for(l, window.begin, options, rates);
    priced_line p;
    p.category = l.category;
    p.type = l.type;
    p.days = d.days;
    p.rate_id = l.rate;
    p.rate = rate.rate;
    p.value = rate.value;
    p.amount = day_rate(rate.value->amount) * d.days;
    p.source = l.source;
    p.days_setting = d.setting;
    return p;
}

/// `pd_lead_policy = reallocate`: the accredited participant's PD Lead days join the line the
/// year names (rule 1: one line per category, "8 + 4 reallocated"), priced once at its rate. A
/// year without that line gets one, at the PD Lead line's rate.
void reallocate(allocation& a, const year_spec& spec, const line_spec& from, half_days moved,
                const price_options& options, const rate_card& rates) {
    for (priced_line& p : a.lines)
        if (p.category == spec.pd_lead_reallocate_to) {
            p.days += moved;
            p.reallocated = moved;
            p.amount = day_rate(p.value->amount) * p.days;
            return;
        }
    priced_line p = priced(from, {moved, {}}, a.window, options, rates);
    p.category = spec.pd_lead_reallocate_to;
    p.reallocated = moved;
    a.lines.push_back(p);
}

}  // namespace

allocation price_year(const edition& ed, std::string_view cohort, int year,
                      const price_options& options, const rate_card& rates) {
    if (ed.kind != edition_kind::specialist)
        throw error(errc::usage,
                    "edition " + ed.id + " is a Work Group edition: price it per department");
    const year_spec* spec = ed.year(year);
    if (!spec)
        throw_input("programme year", std::to_string(year),
                    fmt::format("a year that edition {} defines (1 to {})", ed.id, ed.last_year()));
    const date start = ed.start_of(cohort, options.start);

    allocation a;
    a.ed = &ed;
    a.cohort = std::string(cohort);
    a.year = year;
    a.window = programme_year_window(start, year);
    a.lines.reserve(spec->lines.size());
    half_days moved;  // PD Lead days reallocated (rule 1: they join the target line)
    const line_spec* moved_from = nullptr;
    for (const line_spec& l : spec->lines) {
        const std::optional<line_days> d = days_of(ed, year, l, options);
        if (!d) continue;
        if (l.pd_lead && options.pd_lead_accredited) {
            if (options.pd_lead == pd_lead_policy::unfunded) {
                a.notes.push_back({"pd_lead.unfunded",
                                   fmt::format("{}: {} days not funded (already accredited; "
                                               "pd_lead_policy = unfunded)",
                                               l.description, to_string(d->days)),
                                   {}});
                continue;
            }
            a.notes.push_back(
                {"pd_lead.reallocated",
                 fmt::format("{}: {} days reallocated to {} (already accredited; "
                             "pd_lead_policy = reallocate)",
                             l.description, to_string(d->days), spec->pd_lead_reallocate_to),
                 {}});
            if (!spec->pd_lead_reallocate_to.empty()) {
                moved += d->days;
                moved_from = &l;
                continue;
            }
        }
        if (d->days.is_zero()) continue;
        a.lines.push_back(priced(l, *d, a.window, options, rates));
    }
    if (moved_from) reallocate(a, *spec, *moved_from, moved, options, rates);
    for (const priced_line& p : a.lines)
        a.total += p.amount;
    return a;
}

allocation price_workgroup_department(const edition& ed, int year, const rate_card& rates) {
    if (!ed.workgroup)
        throw error(errc::usage, "edition " + ed.id + " is not a Work Group edition");
    const workgroup_spec& w = *ed.workgroup;
    const grant_spec* grant = nullptr;
    for (const grant_spec& g : w.grants)
        if (g.year == year) grant = &g;
    if (!grant)
        throw_input("work-group year", std::to_string(year),
                    fmt::format("a year for which edition {} gives a grant", ed.id));
    const academic_year ay = w.academic_year_of(year);
    allocation a;
    a.ed = &ed;
    a.year = year;
    a.window = ay.range();
    priced_line p;
    p.category = "department_grant";
    p.type = cost_type::grant;
    p.source = grant->source;
    if (grant->amount) {
        p.amount = *grant->amount;
    } else {
        // Section 8 rule 7: a grant is a lump dated 1 September of its academic year.
        const rate_in_force rate = rates.in_force(grant->rate, ay.first_day());
        p.rate_id = grant->rate;
        p.rate = rate.rate;
        p.value = rate.value;
        p.amount = rate.value->amount;
    }
    a.total = p.amount;
    a.lines.push_back(p);
    return a;
}

namespace {
std::string context(const allocation& a) {
    if (a.ed && a.ed->kind == edition_kind::workgroup)
        return fmt::format("{}, work-group year {}", a.ed->id, a.year);
    return fmt::format("{}, year {}", a.ed ? a.ed->id : "?", a.year);
}
std::string rate_words(const priced_line& l) {
    std::string s = l.rate ? l.rate->description : std::string("rate");
    if (l.value && l.value->assumption) s += " (setting)";
    return s;
}
}  // namespace

std::string days_at_rate_text(half_days days, money rate, std::string_view rate_words) {
    return fmt::format("{} days × {} {}", to_string(days), rate, rate_words);
}

std::string derivation(const allocation& a, const priced_line& l) {
    if (l.type == cost_type::grant) {
        if (!l.rate)
            return fmt::format("grant fixed by the edition ({}) = {}", context(a), l.amount);
        return fmt::format("{} {} in force on {} ({}) = {}", rate_words(l), l.value->amount,
                           to_string(a.window.begin), context(a), l.amount);
    }
    return fmt::format(
        "{} ({}; {}) = {}",
        days_at_rate_text(l.days, l.value ? l.value->amount : money{}, rate_words(l)), l.category,
        context(a), l.amount);
}

std::string derivation(const allocation& a) {
    if (a.lines.empty()) return fmt::format("nothing funded ({}) = {}", context(a), a.total);
    bool one_rate = true;
    half_days days;
    for (const priced_line& l : a.lines) {
        one_rate = one_rate && l.value == a.lines.front().value && l.type != cost_type::grant;
        days += l.days;
    }
    if (one_rate && a.lines.size() > 1)
        return fmt::format(
            "{} ({}) = {}",
            days_at_rate_text(days, a.lines.front().value->amount, rate_words(a.lines.front())),
            context(a), a.total);
    std::string out;
    for (const priced_line& l : a.lines)
        out += (out.empty() ? "" : " + ") + derivation(a, l);
    return out;
}

namespace {
/// How the committed release is made up, in words: "6 half-day meetings × 2 teachers = 6 days +
/// 4–6 in-school days; the form: at least 10 days including its meetings".
std::string release_parts_text(const workgroup_spec& w, const release_check& c) {
    std::string out;
    if (c.meetings > 0)
        out = fmt::format("{} half-day meetings × {} teachers = {} days", c.meetings,
                          w.advocates_per_department, to_string(c.meeting_days));
    if (w.in_school_min)
        out += fmt::format("{}{}–{} in-school days", out.empty() ? "" : " + ",
                           to_string(*w.in_school_min), to_string(*w.in_school_max));
    if (w.min_release_per_department)
        out += fmt::format("{}the form: at least {} days including its meetings",
                           out.empty() ? "" : "; ", to_string(*w.min_release_per_department));
    return out;
}
}  // namespace

std::optional<release_check> check_workgroup_release(const edition& ed, int year,
                                                     const rate_card& rates,
                                                     std::optional<int> meetings) {
    if (!ed.workgroup || ed.workgroup->release_rate.empty() ||
        (!ed.workgroup->min_release_per_department && !ed.workgroup->in_school_min))
        return std::nullopt;
    const workgroup_spec& w = *ed.workgroup;
    const allocation grant = price_workgroup_department(ed, year, rates);
    release_check c;
    c.meetings = meetings ? *meetings : w.meetings.value_or(0);
    c.meeting_days = half_days::from_count(c.meetings) * w.advocates_per_department;
    const half_days form = w.min_release_per_department.value_or(half_days{});
    const half_days least = c.meeting_days + w.in_school_min.value_or(half_days{});
    const half_days most = c.meeting_days + w.in_school_max.value_or(half_days{});
    c.committed = std::max(form, w.in_school_min ? least : half_days{});
    c.committed_most = std::max(c.committed, w.in_school_max ? most : half_days{});
    const rate_in_force r = rates.in_force(w.release_rate, grant.window.begin);
    c.committed_cost = day_rate(r.value->amount) * c.committed;
    c.committed_most_cost = day_rate(r.value->amount) * c.committed_most;
    c.grant = grant.total;
    const bool range = c.committed_most != c.committed;
    std::string verdict = fmt::format("{} the {} grant per department",
                                      c.exceeds_grant() ? "EXCEEDS" : "is covered by", c.grant);
    if (!c.exceeds_grant() && c.committed_most_cost > c.grant)
        verdict += fmt::format(" at the least (the most exceeds it by {})",
                               c.committed_most_cost - c.grant);
    c.message =
        fmt::format("committed release {}{} days × {} {} = {}{} {} ({})", to_string(c.committed),
                    range ? "–" + to_string(c.committed_most) : std::string(), r.value->amount,
                    r.rate->description, c.committed_cost,
                    range ? "–" + to_display(c.committed_most_cost) : std::string(), verdict,
                    release_parts_text(w, c));
    return c;
}

}  // namespace v1
}  // namespace mhfund
