// Reads a scenario (TOML): the hub, the horizon, settings, rate changes, term dates, phasing,
// extra editions and the roster files.
#include <fmt/format.h>

#include <map>
#include <utility>

#include "io/csv.hpp"
#include "io/toml_fields.hpp"
#include "mhfund/detail/text.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/scenario.hpp"
#include "scenario/plausibility.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

constexpr std::string_view embedded_prefix = "embedded:";

/// A path as written in the scenario, resolved from its folder; files of the embedded default
/// scenario resolve to the library's embedded copies.
struct resolved_file {
    std::string name;  // for messages
    std::string text;
};

resolved_file resolve(const std::string& base_dir, const std::string& path,
                      const source_location& where, std::uint64_t max_bytes = io::max_csv_bytes) {
    if (base_dir == embedded_prefix) {
        const std::string_view text = embedded_file(path);
        if (text.empty()) throw_input("file", path, "a file embedded in the library", where);
        return {"built-in " + path, std::string(text)};
    }
    const std::string full =
        (path.empty() || path.front() == '/' || base_dir.empty()) ? path : base_dir + "/" + path;
    try {
        return {full, io::read_text_file(full, max_bytes)};
    } catch (const error& e) {
        rethrow_at(e, where);
    }
}

std::vector<std::pair<std::string, source_location>> paths(io::toml_fields& f,
                                                           std::string_view key) {
    std::vector<std::pair<std::string, source_location>> out;
    if (!f.has(key)) return out;
    const source_location where = f.where(key);
    if (f.table().get(key)->is_string())
        out.emplace_back(*f.optional_string(key), where);
    else
        for (std::string& p : f.optional_strings(key))
            out.emplace_back(std::move(p), where);
    return out;
}

/// A [settings] value as the text `scenario::set` takes. Amounts and days must be strings or
/// whole numbers: a TOML float is refused, since money and time are exact.
std::string setting_text(const toml::node& n, const source_location& where) {
    if (n.is_string()) return std::string(*n.value<std::string_view>());
    if (n.is_integer()) return std::to_string(*n.value<int64_t>());
    if (n.is_array()) {
        std::vector<std::string> numbers;
        for (const toml::node& e : *n.as_array()) {
            if (!e.is_integer())
                throw_input("setting", io::value_text(e), "an array of whole numbers", where);
            numbers.push_back(std::to_string(*e.value<int64_t>()));
        }
        return detail::join(numbers, ",");
    }
    throw_input("setting", io::value_text(n),
                "a string in double quotes such as \"350.00\" or \"7.5\", or a whole number",
                where);
}

/// `years`: the academic years to forecast, sorted, one span of time.
std::vector<academic_year> read_years(io::toml_fields& f) {
    std::vector<academic_year> years;
    for (const std::string& y : f.optional_strings("years")) {
        try {
            years.push_back(academic_year::parse(y));
        } catch (const error& e) {
            rethrow_at(e, f.where("years"));
        }
    }
    std::sort(years.begin(), years.end());
    // The horizon is one span of time, so the years must follow each other.
    for (std::size_t i = 1; i < years.size(); ++i)
        if (years[i].start_year != years[i - 1].start_year + 1)
            throw_input("academic years", years[i].to_string(),
                        fmt::format("consecutive years after {} (the forecast covers one span "
                                    "of time)",
                                    years[i - 1].to_string()),
                        f.where("years"));
    return years;
}

/// The line and key of a value in a table of the scenario, for its errors.
source_location where_in(const std::string& name, const toml::key& key, const toml::node& value) {
    return {name, static_cast<long>(value.source().begin.line), std::string(key.str())};
}

/// [settings], each applied as `scenario::set` takes it.
void read_settings(io::toml_fields& f, scenario& s, const std::string& name) {
    if (auto settings = f.optional_table("settings")) {
        // Caps first, so that a rate above a default cap may come before the cap it raises.
        for (const bool caps : {true, false})
            for (auto&& [key, value] : settings->table()) {
                if (detail::is_cap_setting(key.str()) != caps) continue;
                const source_location where = where_in(name, key, value);
                s.set(key.str(), setting_text(value, where), where);
            }
    }
}

/// The scope of a [[settings_for]] table: `participant`, or `edition` (with `cohort` for one
/// cohort of it), checked against the catalogue.
setting_scope read_scope(io::toml_fields& t, const scenario& s) {
    setting_scope scope;
    const std::optional<std::string> participant = t.optional_string("participant");
    const std::optional<std::string> edition = t.optional_string("edition");
    const std::optional<std::string> cohort = t.optional_string("cohort");
    if (participant && (edition || cohort))
        throw_input("setting scope",
                    "participant with " + std::string(edition ? "edition" : "cohort"),
                    "either participant = \"ID\", or edition = \"EDITION\" (with cohort = "
                    "\"COHORT\" for one cohort of it)",
                    t.where("participant"));
    if (cohort && !edition)
        throw_input("setting scope", *cohort, "an edition with the cohort: edition = \"EDITION\"",
                    t.where("cohort"));
    if (participant) {
        scope.at = setting_scope::level::participant;
        scope.participant = *participant;
    } else if (edition) {
        scope.at = cohort ? setting_scope::level::cohort : setting_scope::level::edition;
        scope.edition = *edition;
        scope.cohort = cohort.value_or("");
    } else {
        source_location where = t.where();
        where.field = "settings_for";
        throw_input("setting scope", "(none)",
                    "edition, cohort or participant (settings for the whole scenario go in "
                    "[settings])",
                    where);
    }
    try {
        s.check_scope(scope);
    } catch (const error& e) {
        rethrow_at(e, t.where(e.where().field));
    }
    return scope;
}

/// [[settings_for]]: settings for an edition, one cohort of it, or one participant (domain.md
/// 9.2), each applied as `scenario::set` takes it; `note` says why, in every report.
void read_scoped_settings(io::toml_fields& f, scenario& s, const std::string& name) {
    for (io::toml_fields& t : f.tables("settings_for")) {
        const setting_scope scope = read_scope(t, s);
        const std::optional<std::string> note = t.optional_string("note");
        for (auto&& [key, value] : t.table()) {
            const std::string_view k = key.str();
            if (k == "participant" || k == "edition" || k == "cohort" || k == "note") continue;
            const source_location where = where_in(name, key, value);
            s.set(scope, k, setting_text(value, where), where);
            if (!note) continue;
            const std::string setting = std::string(k) + " for " + scope.text();
            for (assumption& a : s.assumptions)
                if (a.setting == setting) a.note = *note + " (" + a.note + ")";
        }
    }
}

/// `hub`: the hub code, or a list of them for a regional plan.
void read_hubs(io::toml_fields& f, scenario& s) {
    for (const auto& [code, where] : paths(f, "hub")) {
        try {
            s.hubs.emplace_back(hub_by_code(code).code);
        } catch (const error& e) {
            rethrow_at(e, where);
        }
    }
    s.hub = detail::join(s.hubs, ", ");
}

/// [notes]: why a setting has its value (e.g. "example assumption: …"), shown with it in
/// every report's assumptions.
void read_notes(io::toml_fields& f, scenario& s, const std::string& name) {
    if (auto notes = f.optional_table("notes")) {
        for (auto&& [key, value] : notes->table()) {
            const source_location where = where_in(name, key, value);
            // Named outside the lambda: C++17 lambdas cannot capture a structured binding
            // (g++ allows it, clang does not).
            const std::string_view setting = key.str();
            auto it = std::find_if(s.assumptions.begin(), s.assumptions.end(),
                                   [&](const assumption& a) { return a.setting == setting; });
            if (it == s.assumptions.end() || !value.is_string())
                throw_input("note", std::string(key.str()),
                            "a string note for a setting in [settings]", where);
            it->note = std::string(*value.value<std::string_view>()) + " (" + it->note + ")";
        }
    }
}

/// [[rate]]: a rate of the card changed from a date (an effective-dated assumption).
void read_rates(io::toml_fields& f, scenario& s, const std::string& name) {
    std::map<std::pair<std::string, date>, long> seen;  // id and date → the line that set it
    for (io::toml_fields& r : f.tables("rate")) {
        const std::string id = r.required_id("id");
        rate_value v;
        v.from = r.required_date("from");
        const auto [first, added] = seen.emplace(std::make_pair(id, v.from), r.where("from").line);
        if (!added)
            r.fail("from", to_string(v.from),
                   fmt::format("one value of rate '{}' per date ({}:{} sets it from the same day)",
                               id, name, first->second));
        v.amount = r.required_rate_amount("amount");
        if (const rate_def* def = s.cat.rates().find(id))
            detail::check_rate_cap(s, *def, v.amount, to_plain(v.amount), r.where("amount"));
        v.source =
            r.optional_string("note").value_or(fmt::format("scenario {}:{}", name, r.where().line));
        v.assumption = true;
        r.finish();
        try {
            s.cat.rates().set(id, v);
        } catch (const error& e) {
            rethrow_at(e, r.where("id"));
        }
        s.assumptions.push_back(
            {"rate " + id + " from " + to_string(v.from), to_plain(v.amount), v.source});
    }
}

/// [terms."2024/25"]: the hub's own spring and summer term dates for a year.
void read_terms(io::toml_fields& f, scenario& s, const std::string& name) {
    auto terms = f.optional_table("terms");
    if (!terms) return;
    for (auto&& [key, value] : terms->table()) {
        const source_location where = where_in(name, key, value);
        academic_year y;
        try {
            y = academic_year::parse(key.str());
        } catch (const error& e) {
            rethrow_at(e, where);
        }
        if (!value.is_table())
            throw_input("term dates", "(not a table)", "a table with spring and summer dates",
                        where);
        io::toml_fields t(*value.as_table(), name, fmt::format("[terms.\"{}\"]", key.str()));
        const term_starts starts{t.required_date("spring"), t.required_date("summer")};
        t.finish();
        try {
            s.terms.set(y, starts);
        } catch (const error& e) {
            rethrow_at(e, where);
        }
        s.assumptions.push_back({"terms " + y.to_string(),
                                 fmt::format("spring from {}, summer from {}",
                                             to_string(starts.spring), to_string(starts.summer)),
                                 "hub term dates, " + name});
    }
}

}  // namespace

scenario load_scenario_text(std::string_view toml_text, const std::string& name,
                            const std::string& base_dir) {
    const toml::table doc = io::parse_toml(toml_text, name);
    io::toml_fields f(doc, name, "the scenario");
    scenario s;
    s.file = name;
    s.name = f.optional_string("name").value_or(name);
    read_hubs(f, s);
    s.years = read_years(f);
    // Editions first: rosters name them.
    for (const auto& [path, where] : paths(f, "editions")) {
        const resolved_file file = resolve(base_dir, path, where, io::max_toml_bytes);
        s.cat.add(parse_edition(file.text, file.name));
    }
    read_settings(f, s, name);
    read_scoped_settings(f, s, name);
    read_notes(f, s, name);
    read_rates(f, s, name);
    read_terms(f, s, name);
    for (const auto& [path, where] : paths(f, "roster")) {
        const resolved_file file = resolve(base_dir, path, where);
        read_roster(s, file.text, file.name);
    }
    for (const auto& [path, where] : paths(f, "workgroups")) {
        const resolved_file file = resolve(base_dir, path, where);
        read_workgroups(s, file.text, file.name);
    }
    for (const auto& [path, where] : paths(f, "changes")) {
        const resolved_file file = resolve(base_dir, path, where);
        read_changes(s, file.text, file.name);
    }
    // Claims are read by the commands that use them (`claims`, `outturn`): a forecast does not
    // depend on them, so a bad claims file must not stop one.
    for (const auto& [path, where] : paths(f, "claims"))
        s.claims_files.push_back((path.empty() || path.front() == '/' || base_dir.empty())
                                     ? path
                                     : base_dir + "/" + path);
    f.finish();
    s.validate();
    return s;
}

scenario load_scenario_file(const std::string& path) {
    const std::string text = io::read_text_file(path, io::max_toml_bytes);
    const std::size_t slash = path.find_last_of('/');
    const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
    return load_scenario_text(text, path, dir);
}

scenario default_scenario() {
    scenario s = load_scenario_text(embedded_file("default-scenario.toml"),
                                    "built-in default-scenario.toml", std::string(embedded_prefix));
    s.file = "(built-in default scenario)";
    return s;
}

}  // namespace v1
}  // namespace mhfund
