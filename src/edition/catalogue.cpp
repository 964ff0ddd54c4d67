#include "mhfund/catalogue.hpp"

#include <fmt/format.h>

#include "io/csv.hpp"
#include "mhfund/detail/text.hpp"

namespace mhfund {
inline namespace v1 {

namespace detail {
// Generated from src/data by cmake/embed.cmake.
const std::vector<std::pair<std::string_view, std::string_view>>& embedded_files();
}  // namespace detail

std::string_view embedded_file(std::string_view path) {
    for (const auto& [name, text] : detail::embedded_files())
        if (name == path) return text;
    return {};
}

namespace {
void check_rates_exist(const edition& e, const rate_card& rates) {
    auto check = [&](const std::string& id, rate_kind kind, const std::string& where, long line) {
        const rate_def* r = rates.find(id);
        const source_location at{e.file, line, "rate"};
        if (!r) {
            std::vector<std::string_view> known;
            for (const rate_def& d : rates.rates())
                if (d.kind == kind) known.push_back(d.id);
            throw_input("rate", id,
                        fmt::format("a {} of the rate card ({}) for {}",
                                    kind == rate_kind::day ? "day rate" : "grant",
                                    detail::join(known, ", "), where),
                        at);
        }
        if (r->kind != kind)
            throw error(errc::input,
                        fmt::format("{} names the rate '{}' as a {}, but it is a {}", where, id,
                                    kind == rate_kind::day ? "day rate" : "grant",
                                    r->kind == rate_kind::day ? "day rate" : "grant"),
                        at);
    };
    for (const year_spec& y : e.years)
        for (const line_spec& l : y.lines)
            check(l.rate, rate_kind::day, fmt::format("year {} line '{}'", y.number, l.category),
                  l.line);
    if (e.workgroup) {
        if (!e.workgroup->release_rate.empty())
            check(e.workgroup->release_rate, rate_kind::day, "[workgroup] release_rate",
                  e.workgroup->release_line);
        for (const grant_spec& g : e.workgroup->grants)
            if (!g.rate.empty())
                check(g.rate, rate_kind::grant, fmt::format("grant year {}", g.year), g.line);
    }
}
}  // namespace

const catalogue& catalogue::builtin() {
    static const catalogue instance = [] {
        catalogue c;
        parse_rates(embedded_file("rates.toml"), "built-in rates.toml", c.rates_);
        for (const auto& [name, text] : detail::embedded_files())
            if (name.substr(0, 9) == "editions/")
                c.add(parse_edition(text, "built-in " + std::string(name)));
        return c;
    }();
    return instance;
}

void catalogue::add(edition e) {
    // A blank id would match every blank edition cell of a roster.
    if (detail::trim(e.id).empty())
        throw_input("edition id", e.id, "an id that is not blank, such as \"sms-2024\"",
                    source_location{e.file, e.line, "id"});
    if (const edition* old = find(e.id))
        throw error(errc::input,
                    fmt::format("edition '{}' is already defined (in {})", e.id, old->file),
                    source_location{e.file, e.line, "id"});
    check_rates_exist(e, rates_);
    editions_.push_back(std::move(e));
}

void catalogue::add_file(const std::string& path) {
    add(parse_edition(io::read_text_file(path, io::max_toml_bytes), path));
}

const edition* catalogue::find(std::string_view id) const {
    for (const edition& e : editions_)
        if (e.id == id) return &e;
    return nullptr;
}

const edition& catalogue::get(std::string_view id) const {
    if (const edition* e = find(id)) return *e;
    const std::string known = detail::join(editions_, ", ", [](const edition& e) { return e.id; });
    throw_input("edition", std::string(id),
                "one of " + known + " (or an edition file of your own)");
}

}  // namespace v1
}  // namespace mhfund
