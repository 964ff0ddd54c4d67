// What a forecast counts: the lines a `--where` filter keeps and the days `--from`/`--to` (or
// `-p 'from X to Y'`) name. The accumulator applies both (summarise.cpp), so every writer and
// the C API see the same selection.
#include <algorithm>

#include <fmt/format.h>

#include "mhfund/detail/text.hpp"
#include "mhfund/forecast.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

constexpr dimension all_dimensions[] = {
    dimension::hub,         dimension::region,    dimension::programme,   dimension::edition,
    dimension::cohort,      dimension::year,      dimension::participant, dimension::workgroup,
    dimension::institution, dimension::cost_type, dimension::category,
};

std::string known_keys() {
    std::string out;
    for (const dimension d : all_dimensions)
        out += (out.empty() ? "" : ", ") + std::string(to_string(d));
    return out;
}

dimension where_key(std::string_view key, std::string_view item) {
    for (const dimension d : all_dimensions)
        if (to_string(d) == key) return d;
    throw error(errc::usage, fmt::format("--where '{}': unknown key '{}'; the keys are {}", item,
                                         key, known_keys()));
}

/// The month `YYYY-MM` or `YYYY/MM`, when the text has that shape.
std::optional<date_range> month_days(std::string_view t) {
    int y = 0, m = 0;
    if (t.size() != 7 || (t[4] != '-' && t[4] != '/') || !detail::parse_whole(t.substr(0, 4), y) ||
        !detail::parse_whole(t.substr(5, 2), m) || m < 1 || m > 12 || y < earliest_year ||
        y >= latest_year)
        return std::nullopt;
    const auto year = static_cast<unsigned short>(y);
    const date first(year, static_cast<unsigned short>(m), 1);
    const date end = m == 12 ? date(static_cast<unsigned short>(y + 1), 1, 1)
                             : date(year, static_cast<unsigned short>(m + 1), 1);
    return date_range{first, end};
}

}  // namespace

std::vector<dimension_filter> parse_where(std::string_view text) {
    std::vector<dimension_filter> out;
    for (const std::string_view raw : detail::split(text, ',')) {
        const std::string_view item = detail::trim(raw);
        if (item.empty()) continue;
        const std::size_t eq = item.find('=');
        if (eq == std::string_view::npos || eq == 0)
            throw error(errc::usage,
                        fmt::format("--where '{}': expected KEY=VALUE, such as hub=EE1 or "
                                    "cohort=7; the keys are {}",
                                    item, known_keys()));
        const dimension d = where_key(detail::trim(item.substr(0, eq)), item);
        merge_where(out, {{d, {std::string(detail::trim(item.substr(eq + 1)))}}});
    }
    return out;
}

void merge_where(std::vector<dimension_filter>& filters, std::vector<dimension_filter> more) {
    for (dimension_filter& f : more) {
        const auto same = std::find_if(filters.begin(), filters.end(),
                                       [&](const dimension_filter& g) { return g.on == f.on; });
        if (same == filters.end()) {
            filters.push_back(std::move(f));
            continue;
        }
        for (std::string& v : f.values)
            if (std::find(same->values.begin(), same->values.end(), v) == same->values.end())
                same->values.push_back(std::move(v));
    }
}

date_range named_days(std::string_view text, std::string_view option) {
    const std::string_view t = detail::trim(text);
    try {
        if (t.size() == 10) {
            const date d = parse_date(t);
            return {d, d + boost::gregorian::days(1)};
        }
        if (t.size() == 9 && t.substr(0, 2) == "FY") return financial_year::parse(t).range();
        if (t.size() == 7 && t[4] == '/') {
            int y = 0, next = 0;
            if (detail::parse_whole(t.substr(0, 4), y) &&
                detail::parse_whole(t.substr(5, 2), next) && (y + 1) % 100 == next)
                return academic_year::parse(t).range();
        }
        if (const auto month = month_days(t)) return *month;
    } catch (const error&) {
        // The shape was right but the value is not (2024-02-30): the message below says why.
    }
    throw error(errc::usage,
                fmt::format("{} '{}': expected a date (2024-09-15), a month (2024-09 or "
                            "2024/09), an academic year (2024/25) or a financial year "
                            "(FY2024-25)",
                            option, std::string(t.substr(0, 40))));
}

std::optional<date_range> days_between(std::string_view from, std::string_view to) {
    if (from.empty() && to.empty()) return std::nullopt;
    date_range r{date(earliest_year, 1, 1), date(latest_year, 1, 1)};
    if (!from.empty()) r.begin = named_days(from, "--from").begin;
    if (!to.empty()) r.end = named_days(to, "--to").end;
    if (r.empty())
        throw error(errc::usage,
                    fmt::format("--from {} is after --to {}: no day is between them", from, to));
    return r;
}

std::optional<date_range> parse_period_expression(std::string_view text) {
    std::vector<std::string_view> words;
    for (const std::string_view w : detail::split(detail::trim(text), ' '))
        if (!w.empty()) words.push_back(w);
    std::string_view from, to;
    std::size_t i = 0;
    if (words.size() == 1 && words[0] != "from" && words[0] != "to") {
        from = to = words[0];
        i = 1;
    }
    if (i < words.size() && words[i] == "from" && i + 1 < words.size()) {
        from = words[i + 1];
        i += 2;
    }
    if (i < words.size() && words[i] == "to" && i + 1 < words.size()) {
        to = words[i + 1];
        i += 2;
    }
    if (i != words.size() || words.empty())
        throw error(errc::usage,
                    fmt::format("-p '{}': expected 'from X to Y', 'from X', 'to Y' or one "
                                "period X, each a date, month, 2024/25 or FY2024-25",
                                std::string(text.substr(0, 60))));
    return days_between(from, to);
}

}  // namespace v1
}  // namespace mhfund
