// Reads programme editions and rate cards from TOML (the format of src/data).
#include <algorithm>

#include <fmt/format.h>

#include "io/toml_fields.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/edition.hpp"
#include "mhfund/hubs.hpp"

namespace mhfund {
inline namespace v1 {

std::string_view to_string(cost_type t) {
    switch (t) {
        case cost_type::release:
            return "release";
        case cost_type::sle:
            return "sle";
        case cost_type::grant:
            return "grant";
        case cost_type::travel:
            return "travel";
    }
    return "?";
}

cost_type parse_cost_type(std::string_view text) {
    for (cost_type t : {cost_type::release, cost_type::sle, cost_type::grant, cost_type::travel})
        if (text == to_string(t)) return t;
    throw_input("cost type", std::string(text), "release, sle, grant or travel");
}

const cohort_spec* edition::find_cohort(std::string_view cohort_id) const {
    for (const cohort_spec& c : cohorts)
        if (c.id == cohort_id) return &c;
    return nullptr;
}

const cohort_spec& edition::cohort(std::string_view cohort_id) const {
    if (const cohort_spec* c = find_cohort(cohort_id)) return *c;
    const std::string known =
        detail::join(cohorts, ", ", [](const cohort_spec& c) { return c.id; });
    throw_input("cohort", std::string(cohort_id),
                fmt::format("a cohort of edition {}: {}", id, known.empty() ? "(none)" : known));
}

const year_spec* edition::year(int number) const {
    for (const year_spec& y : years)
        if (y.number == number) return &y;
    return nullptr;
}

int edition::last_year() const {
    int last = 0;
    for (const year_spec& y : years)
        last = std::max(last, y.number);
    if (workgroup) last = std::max(last, workgroup->years);
    return last;
}

namespace {

int positive_int(io::toml_fields& f, std::string_view key, int64_t value, int64_t max = 100) {
    if (value < 1 || value > max)
        f.fail(key, std::to_string(value), fmt::format("a whole number from 1 to {}", max));
    return static_cast<int>(value);
}

line_spec read_line(io::toml_fields& f) {
    line_spec l;
    l.category = f.required_string("category");
    const std::string type = f.optional_string("cost_type").value_or("release");
    try {
        l.type = parse_cost_type(type);
    } catch (const error& e) {
        rethrow_at(e, f.where("cost_type"));
    }
    l.days = f.optional_days("days");
    l.days_setting = f.optional_string("days_setting").value_or("");
    l.days_required = f.optional_bool("required", false);
    if (l.days.has_value() == !l.days_setting.empty())
        throw error(errc::input,
                    "a line needs exactly one of 'days' (fixed by the edition) and "
                    "'days_setting' (a setting such as sle_days)",
                    f.where("days"));
    l.rate = f.required_string("rate");
    l.line = f.where("rate").line;
    l.pd_lead = f.optional_bool("pd_lead", false);
    l.description = f.optional_string("description").value_or(l.category);
    l.source = f.optional_string("source").value_or("");
    f.finish();
    return l;
}

workgroup_spec read_workgroup(io::toml_fields& f) {
    workgroup_spec w;
    const std::string first = f.required_string("first_year");
    try {
        w.first_year = academic_year::parse(first);
    } catch (const error& e) {
        rethrow_at(e, f.where("first_year"));
    }
    w.years = positive_int(f, "years", f.optional_int("years").value_or(1));
    w.departments = positive_int(f, "departments", f.optional_int("departments").value_or(2));
    w.advocates_per_department = positive_int(
        f, "advocates_per_department", f.optional_int("advocates_per_department").value_or(2));
    if (auto m = f.optional_int("meetings")) w.meetings = positive_int(f, "meetings", *m);
    if (auto m = f.optional_int("meetings_alternative"))
        w.meetings_alternative = positive_int(f, "meetings_alternative", *m);
    w.meetings_source = f.optional_string("meetings_source").value_or("");
    w.meetings_assumption = f.optional_string("meetings_assumption").value_or("");
    w.min_release_per_department = f.optional_days("min_release_days");
    w.release_rate = f.optional_string("release_rate").value_or("");
    w.release_line = f.where("release_rate").line;
    w.release_source = f.optional_string("release_source").value_or("");
    w.in_school_min = f.optional_days("in_school_min_days");
    w.in_school_max = f.optional_days("in_school_max_days");
    if (w.in_school_min.has_value() != w.in_school_max.has_value() ||
        (w.in_school_min && *w.in_school_max < *w.in_school_min))
        throw error(errc::input,
                    "in_school_min_days and in_school_max_days go together, the least first",
                    f.where("in_school_max_days"));
    w.in_school_source = f.optional_string("in_school_source").value_or("");
    w.events = f.optional_strings("events");
    for (io::toml_fields& g : f.tables("grant")) {
        grant_spec gs;
        gs.year = positive_int(g, "year", g.required_int("year"));
        gs.rate = g.optional_string("rate").value_or("");
        gs.line = g.where("rate").line;
        gs.amount = g.optional_money("amount");
        if (gs.rate.empty() == !gs.amount.has_value())
            throw error(errc::input,
                        "a grant needs exactly one of 'rate' (from the rate card) and 'amount'",
                        g.where("rate"));
        gs.source = g.optional_string("source").value_or("");
        g.finish();
        w.grants.push_back(std::move(gs));
    }
    f.finish();
    return w;
}

// ---------------------------------------------------------------------------------------------
// Key dates, deadlines and eligibility (docs/design/calendar-and-eligibility.md). All optional:
// an edition file without them reads as before.

/// A date at a document's precision: a TOML date, or a string parse_fuzzy_date reads
/// (`"2025-06"`, `"autumn 2022"`, `"unknown"`).
std::optional<fuzzy_date> read_fuzzy(io::toml_fields& f, std::string_view key) {
    if (!f.has(key)) {
        f.optional_string(key);  // marks the key read
        return std::nullopt;
    }
    const toml::node* n = f.table().get(key);
    try {
        if (n && n->is_date()) return fuzzy_date::on(*f.optional_date(key));
        return parse_fuzzy_date(*f.optional_string(key));
    } catch (const error& e) {
        rethrow_at(e, f.where(key));
    }
}

application_deadline read_deadline(io::toml_fields& f) {
    application_deadline d;
    d.line = f.where().line;
    d.day = f.optional_date("date");
    if (d.day) d.line = f.where("date").line;
    if (auto t = f.optional_string("time")) {
        int h = -1, m = -1;
        const bool shape = t->size() == 5 && (*t)[2] == ':' &&
                           detail::parse_whole(std::string_view(*t).substr(0, 2), h) &&
                           detail::parse_whole(std::string_view(*t).substr(3, 2), m);
        if (!shape || h > 23 || m > 59)
            f.fail("time", *t, "a UK local time of day HH:MM, e.g. \"17:00\" for 5pm");
        if (!d.day) throw error(errc::input, "a deadline 'time' needs a 'date'", f.where("time"));
        d.time_of_day = boost::posix_time::hours(h) + boost::posix_time::minutes(m);
    }
    d.what = f.optional_string("what").value_or("applications");
    if (auto hub = f.optional_string("hub")) {
        try {
            d.hub = std::string(hub_by_code(*hub).code);
        } catch (const error& e) {
            rethrow_at(e, f.where("hub"));
        }
    }
    d.source = f.optional_string("source").value_or("");
    d.note = f.optional_string("note").value_or("");
    f.finish();
    if (d.day) {
        try {
            d.last_on_time();  // a local time the clocks skip or repeat is an error here
        } catch (const error& e) {
            rethrow_at(e, f.where(d.time_of_day ? "time" : "date"));
        }
    }
    return d;
}

key_date read_key_date(io::toml_fields& f, const edition& e) {
    key_date k;
    k.id = f.required_string("id");
    k.line = f.where("id").line;
    k.what = f.required_string("what");
    if (!f.has("when"))
        throw error(errc::input,
                    "a key date needs 'when': a day, a month, a term, an academic year, or "
                    "\"unknown\" when the documents give none",
                    f.where());
    k.when = *read_fuzzy(f, "when");
    k.until = read_fuzzy(f, "until");
    if (k.until) {
        if (!k.when.known() || !k.until->known() || k.until->range().begin < k.when.range().begin)
            throw error(errc::input,
                        fmt::format("'until' ({}) must be a known date no earlier than 'when' ({})",
                                    k.until->to_string(), k.when.to_string()),
                        f.where("until"));
    }
    k.cohort = f.optional_string("cohort").value_or("");
    if (!k.cohort.empty() && !e.find_cohort(k.cohort))
        throw error(errc::input,
                    fmt::format("key date '{}' names cohort '{}', which the edition does not "
                                "define",
                                k.id, k.cohort),
                    f.where("cohort"));
    k.source = f.optional_string("source").value_or("");
    k.note = f.optional_string("note").value_or("");
    f.finish();
    return k;
}

bool column_name_ok(std::string_view c) {
    if (c.empty()) return false;
    for (char ch : c)
        if (!((ch >= 'a' && ch <= 'z') || detail::is_ascii_digit(ch) || ch == '_')) return false;
    return c != "applicant" && c != "edition" && c != "hub";
}

criterion read_criterion(io::toml_fields& f) {
    criterion c;
    c.id = f.required_string("id");
    c.line = f.where("id").line;
    c.text = f.required_string("text");
    c.essential = f.optional_bool("essential", true);
    const std::string check = f.required_string("check");
    try {
        c.check = parse_criterion_check(check);
    } catch (const error& e) {
        rethrow_at(e, f.where("check"));
    }
    const auto one = f.optional_string("column");
    const std::vector<std::string> many = f.optional_strings("columns");
    if (one.has_value() == !many.empty())
        throw error(errc::input,
                    "a criterion needs exactly one of 'column' and 'columns' (the applications "
                    "file's columns it reads)",
                    f.where("column"));
    c.columns = one ? std::vector<std::string>{*one} : many;
    for (const std::string& col : c.columns)
        if (!column_name_ok(col))
            f.fail(one ? "column" : "columns", col,
                   "a column name of lower-case letters, digits and '_' (not applicant, "
                   "edition or hub)");
    const bool single = c.check != criterion_check::yes && c.check != criterion_check::trn;
    if (single && c.columns.size() != 1)
        throw error(errc::input,
                    fmt::format("a '{}' criterion reads one column", to_string(c.check)),
                    f.where("columns"));
    if (auto m = f.optional_int("minimum")) {
        if (c.check != criterion_check::at_least || *m < 0)
            f.fail("minimum", std::to_string(*m),
                   "a whole number of at least 0, on an 'at_least' criterion only");
        c.minimum = *m;
    } else if (c.check == criterion_check::at_least) {
        throw error(errc::input, "an 'at_least' criterion needs 'minimum'", f.where());
    }
    c.values = f.optional_strings("values");
    if ((c.check == criterion_check::one_of) == c.values.empty())
        throw error(errc::input, "'values' goes with a 'one_of' criterion, which needs it",
                    f.where("values"));
    if (c.check == criterion_check::one_of && c.columns[0] == "phase")
        for (const std::string& v : c.values) {
            const auto& known = phase_values();
            if (std::find(known.begin(), known.end(), v) == known.end())
                f.fail("values", v, "a phase: " + detail::join(known, ", "));
        }
    c.distinct = f.optional_bool("distinct", false);
    if (c.distinct && c.check != criterion_check::trn)
        f.fail("distinct", "true", "'distinct' on a 'trn' criterion only");
    c.source = f.optional_string("source").value_or("");
    f.finish();
    return c;
}

eligibility_spec read_eligibility(io::toml_fields& f) {
    eligibility_spec s;
    const std::string who = f.optional_string("applicant").value_or("teacher");
    if (who == "teacher")
        s.applicant = applicant_kind::teacher;
    else if (who == "department")
        s.applicant = applicant_kind::department;
    else
        f.fail("applicant", who,
               "teacher (a nominated teacher) or department (a Work Group school)");
    s.source = f.optional_string("source").value_or("");
    for (io::toml_fields& c : f.tables("criterion")) {
        criterion cr = read_criterion(c);
        for (const criterion& other : s.criteria)
            if (other.id == cr.id)
                throw error(errc::input, "criterion '" + cr.id + "' is defined twice",
                            c.where("id"));
        s.criteria.push_back(std::move(cr));
    }
    f.finish();
    if (s.criteria.empty())
        throw error(errc::input, "[eligibility] needs at least one [[eligibility.criterion]]",
                    f.where());
    return s;
}

/// A [[cohort]] of `e`, whose id must be new.
cohort_spec read_cohort(io::toml_fields& c, const edition& e) {
    cohort_spec cs;
    cs.id = c.required_id("id");
    cs.start = c.required_date("start");
    cs.note = c.optional_string("note").value_or("");
    cs.assumption = c.optional_string("assumption").value_or("");
    cs.source = c.optional_string("source").value_or("");
    c.finish();
    if (e.find_cohort(cs.id))
        throw error(errc::input, "cohort '" + cs.id + "' is defined twice", c.where("id"));
    return cs;
}

/// A [[year]] of `e` with its lines, whose number must be new.
year_spec read_year(io::toml_fields& y, const edition& e) {
    year_spec ys;
    ys.number = positive_int(y, "number", y.required_int("number"));
    ys.note = y.optional_string("note").value_or("");
    ys.pd_lead_reallocate_to = y.optional_string("pd_lead_reallocate_to").value_or("");
    for (io::toml_fields& l : y.tables("line"))
        ys.lines.push_back(read_line(l));
    y.finish();
    if (e.year(ys.number))
        throw error(errc::input, fmt::format("year {} is defined twice", ys.number),
                    y.where("number"));
    return ys;
}

/// A [[commitment]]: time a school gives that the programme does not fund.
commitment_spec read_commitment(io::toml_fields& c) {
    commitment_spec cs;
    cs.what = c.required_string("what");
    cs.who = c.optional_string("who").value_or("");
    cs.time = c.optional_days("days").value_or(half_days{});
    cs.year = positive_int(c, "year", c.optional_int("year").value_or(1));
    cs.source = c.optional_string("source").value_or("");
    cs.when = read_fuzzy(c, "when").value_or(fuzzy_date::unknown());
    c.finish();
    return cs;
}

/// An [[actuals]]: a cost funded at actual cost through claims, with no allocation.
actuals_spec read_actuals(io::toml_fields& a) {
    actuals_spec as;
    as.category = a.required_string("category");
    const std::string type = a.optional_string("cost_type").value_or("travel");
    try {
        as.type = parse_cost_type(type);
    } catch (const error& err) {
        rethrow_at(err, a.where("cost_type"));
    }
    for (int64_t y : a.optional_ints("years"))
        as.years.push_back(positive_int(a, "years", y));
    as.description = a.optional_string("description").value_or(as.category);
    as.source = a.optional_string("source").value_or("");
    a.finish();
    return as;
}

}  // namespace

edition parse_edition(std::string_view toml_text, const std::string& name) {
    const toml::table doc = io::parse_toml(toml_text, name);
    io::toml_fields f(doc, name, "the edition");
    edition e;
    e.file = name;
    e.id = f.required_id("id");
    e.line = f.where("id").line;
    e.programme = f.required_string("programme");
    e.title = f.optional_string("title").value_or(e.id);
    e.source = f.optional_string("source").value_or("");
    const std::string kind = f.optional_string("kind").value_or("specialist");
    if (kind == "specialist")
        e.kind = edition_kind::specialist;
    else if (kind == "workgroup")
        e.kind = edition_kind::workgroup;
    else
        f.fail("kind", kind, "specialist or workgroup");
    e.min_years = positive_int(f, "min_years", f.optional_int("min_years").value_or(1));
    if (const auto payee = f.optional_string("payee")) {
        if (*payee == "school")
            e.payee = institution_kind::school;
        else if (*payee == "fe_provider")
            e.payee = institution_kind::fe_provider;
        else
            f.fail("payee", *payee, "school or fe_provider");
    }
    e.payee_source = f.optional_string("payee_source").value_or("");

    for (io::toml_fields& c : f.tables("cohort"))
        e.cohorts.push_back(read_cohort(c, e));
    for (io::toml_fields& y : f.tables("year"))
        e.years.push_back(read_year(y, e));
    for (io::toml_fields& c : f.tables("commitment"))
        e.commitments.push_back(read_commitment(c));
    for (io::toml_fields& a : f.tables("actuals"))
        e.actuals.push_back(read_actuals(a));
    if (auto w = f.optional_table("workgroup")) e.workgroup = read_workgroup(*w);
    if (auto d = f.optional_table("deadline")) e.deadline = read_deadline(*d);
    for (io::toml_fields& k : f.tables("key_date"))
        e.key_dates.push_back(read_key_date(k, e));
    if (auto el = f.optional_table("eligibility")) e.eligibility = read_eligibility(*el);
    f.finish();

    if (e.kind == edition_kind::specialist && (e.cohorts.empty() || e.years.empty()))
        throw error(errc::input,
                    "a specialist edition needs at least one [[cohort]] and one [[year]]",
                    f.where());
    if (e.kind == edition_kind::workgroup && (!e.workgroup || e.workgroup->grants.empty()))
        throw error(errc::input,
                    "a workgroup edition needs a [workgroup] table with a [[workgroup.grant]]",
                    f.where());
    return e;
}

void parse_rates(std::string_view toml_text, const std::string& name, rate_card& card) {
    const toml::table doc = io::parse_toml(toml_text, name);
    io::toml_fields f(doc, name, "the rate card");
    for (io::toml_fields& r : f.tables("rate")) {
        rate_def def;
        def.id = r.required_id("id");
        const std::string kind = r.optional_string("kind").value_or("day");
        if (kind == "day")
            def.kind = rate_kind::day;
        else if (kind == "grant")
            def.kind = rate_kind::grant;
        else
            r.fail("kind", kind, "day or grant");
        def.description = r.optional_string("description").value_or(def.id);
        def.setting = r.optional_string("setting").value_or("");
        for (io::toml_fields& v : r.tables("value")) {
            rate_value rv;
            rv.from = v.required_date("from");
            for (const rate_value& earlier : def.values)
                if (earlier.from == rv.from)
                    v.fail("from", to_string(rv.from),
                           fmt::format("one value of rate '{}' per date (another applies from "
                                       "the same day)",
                                       def.id));
            rv.amount = v.required_rate_amount("amount");
            rv.source = v.optional_string("source").value_or(name);
            rv.assumption = v.optional_bool("assumption", false);
            v.finish();
            def.values.push_back(std::move(rv));
        }
        r.finish();
        if (card.find(def.id))
            throw error(errc::input, "rate '" + def.id + "' is defined twice", r.where("id"));
        card.define(std::move(def));
    }
    f.finish();
}

}  // namespace v1
}  // namespace mhfund
