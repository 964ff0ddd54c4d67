// The fingerprints of a plan's inputs (domain.md rule 14): every file a scenario was read from,
// and the data built into the library that it used, each hashed with SHA-256 (io/sha256.hpp).
// A budget keeps them so that reading it later can say which inputs have changed since.
#include <algorithm>

#include "io/csv.hpp"
#include "io/sha256.hpp"
#include "mhfund/budget.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

constexpr std::string_view builtin_prefix = "built-in ";

/// The bytes of input `name`: the embedded text of a built-in file, else the file's. Empty
/// optional when it cannot be read (a file moved or removed since).
std::optional<std::string> input_text(const std::string& name) {
    if (name.compare(0, builtin_prefix.size(), builtin_prefix) == 0) {
        const std::string_view text = embedded_file(std::string_view(name).substr(9));
        if (text.empty()) return std::nullopt;
        return std::string(text);
    }
    try {
        return io::read_text_file(name);
    } catch (const error&) {
        return std::nullopt;
    }
}

void add(std::vector<input_fingerprint>& out, std::string role, const std::string& name) {
    if (name.empty()) return;
    for (const input_fingerprint& f : out)
        if (f.name == name) return;
    const std::optional<std::string> text = input_text(name);
    out.push_back({std::move(role), name, text ? io::sha256_hex(*text) : std::string("missing")});
}

/// The name of the scenario's own file as input_text reads it, or empty when it has none.
std::string scenario_input(const scenario& s) {
    if (s.file == "(built-in default scenario)") return "built-in default-scenario.toml";
    if (s.file.empty() || s.file.front() == '(') return {};  // "(command line)": no file
    return s.file;
}

}  // namespace

std::vector<input_fingerprint> fingerprint_inputs(const scenario& s) {
    std::vector<input_fingerprint> out;
    add(out, "scenario", scenario_input(s));
    for (const participant& p : s.roster)
        add(out, "roster", p.where.file);
    for (const workgroup_department& d : s.departments)
        add(out, "workgroups", d.where.file);
    for (const plan_change& c : s.changes)
        add(out, "changes", c.where.file);
    // The editions the rows use, in catalogue order.
    for (const edition& e : s.cat.editions()) {
        const bool used =
            std::any_of(s.roster.begin(), s.roster.end(),
                        [&](const participant& p) { return p.edition == e.id; }) ||
            std::any_of(s.departments.begin(), s.departments.end(),
                        [&](const workgroup_department& d) { return d.edition == e.id; });
        if (used) add(out, "edition", e.file);
    }
    add(out, "rate card", std::string(builtin_prefix) + "rates.toml");
    return out;
}

std::vector<input_difference> changed_inputs(const budget& b) {
    std::vector<input_difference> out;
    for (const input_fingerprint& f : b.inputs) {
        const std::optional<std::string> text = input_text(f.name);
        const std::string now = text ? io::sha256_hex(*text) : std::string("missing");
        if (now != f.sha256) out.push_back({f.role, f.name, f.sha256, now});
    }
    return out;
}

}  // namespace v1
}  // namespace mhfund
