// Reading applications: the applications CSV (one row per nominated teacher or Work Group
// department) and the C API's key=value form.
#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include <fmt/format.h>

#include "io/csv.hpp"
#include "mhfund/applications.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/hubs.hpp"
#include "mhfund/identifiers.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

std::string trimmed(std::string_view s) {
    return std::string(detail::trim(s));
}

/// Columns every applications file may have besides the criteria's.
const std::vector<std::string>& fixed_columns() {
    static const std::vector<std::string> cols{"applicant", "edition", "hub", "institution", "trn"};
    return cols;
}

}  // namespace

std::vector<std::string> application_columns(const catalogue& cat) {
    std::vector<std::string> out = fixed_columns();
    for (const edition& e : cat.editions()) {
        if (!e.eligibility) continue;
        for (const criterion& c : e.eligibility->criteria)
            for (const std::string& col : c.columns)
                if (std::find(out.begin(), out.end(), col) == out.end()) out.push_back(col);
    }
    return out;
}

namespace {

std::string no_criteria(const edition& ed) {
    return fmt::format("edition {} has no eligibility criteria (its documents, {}, state none)",
                       ed.id, ed.source);
}

/// The edition `--edition` names, if any: it must have criteria to check.
const edition* only_edition_of(const catalogue& cat, std::string_view only) {
    if (only.empty()) return nullptr;
    const edition* ed = &cat.get(only);
    if (!ed->eligibility)
        throw error(errc::input, no_criteria(*ed), source_location{"--edition", 0, ""});
    return ed;
}

/// The edition a row applies to: the one its cell names, or else `--edition`'s.
const edition& edition_of(const io::csv_columns& cols, const io::csv_row& row, const catalogue& cat,
                          const edition* only_edition) {
    const std::string named = trimmed(cols.get(row, "edition"));
    const edition* ed = nullptr;
    if (!named.empty()) {
        try {
            ed = &cat.get(named);
        } catch (const error& e) {
            rethrow_at(e, cols.where(row, "edition"));
        }
    } else if (only_edition) {
        ed = only_edition;
    } else {
        throw_input("edition", "", "the edition applied to, e.g. sms-2025-26 or wg-2024",
                    cols.where(row, "edition"));
    }
    if (!ed->eligibility) throw error(errc::input, no_criteria(*ed), cols.where(row, "edition"));
    return *ed;
}

// The header must hold what the edition's machine checks read: a missing column would
// otherwise refuse every applicant for a value they could not give.
void check_header_for(const edition& ed, const io::csv_columns& cols, const io::csv_table& t,
                      long line) {
    for (const criterion& c : ed.eligibility->criteria) {
        if (!c.machine_checked() || !c.essential) continue;
        for (const std::string& col : c.columns)
            if (!cols.has(col))
                throw error(errc::input,
                            fmt::format("missing column '{}': edition {} reads it for "
                                        "criterion {} ({}; first used on line {})",
                                        col, ed.id, c.id, c.text, line),
                            source_location{t.file, t.header_line, col});
    }
}

std::string read_hub(const io::csv_columns& cols, const io::csv_row& row) {
    std::string hub = trimmed(cols.get(row, "hub"));
    if (hub.empty()) throw_input("hub", "", "a Maths Hub code such as WM1", cols.where(row, "hub"));
    try {
        hub_by_code(hub);
    } catch (const error& e) {
        rethrow_at(e, cols.where(row, "hub"));
    }
    return hub;
}

io::csv_columns application_file_columns(const io::csv_table& t,
                                         const std::vector<std::string>& known,
                                         std::string_view only) {
    std::vector<std::string_view> required{"applicant", "hub"};
    if (only.empty()) required.push_back("edition");
    std::vector<std::string_view> optional;
    for (const std::string& c : known)
        if (std::find(required.begin(), required.end(), c) == required.end()) optional.push_back(c);
    return io::csv_columns(t, required, optional);
}

}  // namespace

std::vector<application> read_applications(std::string_view csv_text, const std::string& file,
                                           const catalogue& cat, std::string_view only) {
    const io::csv_table t = io::parse_csv(csv_text, file);
    const std::vector<std::string> known = application_columns(cat);
    const io::csv_columns cols = application_file_columns(t, known, only);
    const edition* only_edition = only_edition_of(cat, only);

    std::unordered_map<std::string, long> seen;
    std::set<std::string> columns_checked;  // editions whose columns the header was checked for
    std::vector<application> out;
    for (const io::csv_row& row : t.rows) {
        application a;
        a.where = {file, row.line, ""};
        a.applicant = trimmed(cols.get(row, "applicant"));
        if (a.applicant.empty())
            throw_input("applicant", "", "the hub's own id for the application (not a name)",
                        cols.where(row, "applicant"));
        if (auto [it, fresh] = seen.emplace(a.applicant, row.line); !fresh)
            throw error(errc::input,
                        fmt::format("duplicate applicant id '{}' (first on line {})",
                                    shown_value(a.applicant), it->second),
                        cols.where(row, "applicant"));
        const edition& ed = edition_of(cols, row, cat, only_edition);
        a.edition = ed.id;
        a.hub = read_hub(cols, row);
        if (columns_checked.insert(ed.id).second) check_header_for(ed, cols, t, row.line);
        if (only_edition && &ed != only_edition) continue;

        for (const std::string& col : known) {
            if (col == "applicant" || col == "edition" || col == "hub" || !cols.has(col)) continue;
            a.cells.emplace_back(col, std::string(cols.get(row, col)));
        }
        out.push_back(std::move(a));
    }
    return out;
}

std::vector<application> read_applications_file(const std::string& path, const catalogue& cat,
                                                std::string_view only) {
    return read_applications(io::read_text_file(path), path, cat, only);
}

applications_report check_applications(const std::vector<application>& applications,
                                       const catalogue& cat, const std::string& file) {
    applications_report r;
    r.file = file;
    r.results.reserve(applications.size());
    for (const application& a : applications)
        r.results.push_back(check_application(cat.get(a.edition), a));
    return r;
}

application parse_application_fields(std::string_view text) {
    application a;
    std::set<std::string> keys;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t end = text.find_first_of(";\n", pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view pair = text.substr(pos, end - pos);
        if (!pair.empty() && pair.back() == '\r') pair.remove_suffix(1);
        pos = end + 1;
        if (detail::trim(pair).empty()) continue;
        const std::size_t eq = pair.find('=');
        const std::string key = eq == std::string_view::npos ? "" : trimmed(pair.substr(0, eq));
        if (key.empty())
            // Masked as a TRN would be: the text may hold one.
            throw_input(
                "field", detail::mask_trn_text(trimmed(pair)),
                "key=value pairs separated by ';' or line ends, e.g. ect=no; phase=secondary");
        const std::string value = trimmed(pair.substr(eq + 1));
        if (!keys.insert(key).second)
            throw error(errc::input, "field '" + key + "' is given twice",
                        source_location{"", 0, key});
        if (key == "applicant")
            a.applicant = value;
        else if (key == "edition")
            a.edition = value;
        else if (key == "hub")
            a.hub = value;
        else
            a.cells.emplace_back(key, value);
    }
    return a;
}

}  // namespace v1
}  // namespace mhfund
