#include "io/toml_fields.hpp"

#include <fmt/format.h>

#include "mhfund/detail/text.hpp"

namespace mhfund {
inline namespace v1 {
namespace io {

namespace {
long line_of(const toml::node& n) {
    return static_cast<long>(n.source().begin.line);
}

}  // namespace

std::string value_text(const toml::node& n) {
    switch (n.type()) {
        case toml::node_type::string:
            return std::string(*n.value<std::string_view>());
        case toml::node_type::integer:
            return std::to_string(*n.value<int64_t>());
        case toml::node_type::floating_point: {
            // Shown as written (5.0, not 5), so the message makes plain why it is refused.
            std::string text = fmt::format("{}", *n.value<double>());
            if (text.find_first_of(".eEn") == std::string::npos) text += ".0";
            return text;
        }
        case toml::node_type::boolean:
            return *n.value<bool>() ? "true" : "false";
        case toml::node_type::table:
            return "(a table)";
        case toml::node_type::array:
            return "(an array)";
        default:
            return "(a date or time)";
    }
}

toml::table parse_toml(std::string_view text, const std::string& file) {
    try {
        return toml::parse(text, file);
    } catch (const toml::parse_error& e) {
        throw error(errc::input, "not valid TOML: " + std::string(e.description()),
                    source_location{file, static_cast<long>(e.source().begin.line), ""});
    }
}

toml_fields::toml_fields(const toml::table& table, std::string file, std::string context)
    : table_(&table),
      file_(std::move(file)),
      context_(std::move(context)),
      line_(static_cast<long>(table.source().begin.line)) {}

bool toml_fields::has(std::string_view key) const {
    return table_->contains(key);
}

const toml::node* toml_fields::node(std::string_view key) {
    read_.emplace(key);
    return table_->get(key);
}

source_location toml_fields::where(std::string_view key) const {
    const toml::node* n = table_->get(key);
    return {file_, n ? line_of(*n) : line_, std::string(key)};
}

void toml_fields::fail(std::string_view key, const std::string& value,
                       const std::string& expected) const {
    throw_input(fmt::format("value in {}", context_), value, expected, where(key));
}

std::optional<std::string> toml_fields::optional_string(std::string_view key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (!n->is_string()) fail(key, value_text(*n), "a string in double quotes");
    return std::string(*n->value<std::string_view>());
}

std::string toml_fields::required_string(std::string_view key) {
    if (auto s = optional_string(key)) return *s;
    throw error(errc::input, fmt::format("{} needs the key '{}'", context_, key),
                source_location{file_, line_, std::string(key)});
}

std::string toml_fields::required_id(std::string_view key) {
    std::string id = required_string(key);
    if (id.empty() || detail::trim(id) != id || detail::find_control(id) != std::string::npos)
        fail(key, id,
             "an id of letters, digits and dashes, without spaces around it, such as "
             "\"sms-2024\"");
    return id;
}

std::optional<int64_t> toml_fields::optional_int(std::string_view key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (!n->is_integer()) fail(key, value_text(*n), "a whole number");
    return *n->value<int64_t>();
}

int64_t toml_fields::required_int(std::string_view key) {
    if (auto v = optional_int(key)) return *v;
    throw error(errc::input, fmt::format("{} needs the key '{}'", context_, key),
                source_location{file_, line_, std::string(key)});
}

bool toml_fields::optional_bool(std::string_view key, bool fallback) {
    const toml::node* n = node(key);
    if (!n) return fallback;
    if (!n->is_boolean()) fail(key, value_text(*n), "true or false");
    return *n->value<bool>();
}

std::optional<date> toml_fields::optional_date(std::string_view key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    try {
        if (n->is_date()) {
            const toml::date d = *n->value<toml::date>();
            return parse_date(fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day));
        }
        if (n->is_string()) return parse_date(*n->value<std::string_view>());
    } catch (const error& e) {
        rethrow_at(e, where(key));  // a TOML date the calendar cannot hold (9999-12-31) too
    }
    fail(key, value_text(*n), "a date written YYYY-MM-DD");
}

date toml_fields::required_date(std::string_view key) {
    if (auto d = optional_date(key)) return *d;
    throw error(errc::input, fmt::format("{} needs the key '{}'", context_, key),
                source_location{file_, line_, std::string(key)});
}

std::optional<money> toml_fields::optional_money(std::string_view key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    if (!n->is_string())
        fail(key, value_text(*n),
             "an amount in double quotes, such as \"350.00\" (money is exact)");
    try {
        return money::parse(*n->value<std::string_view>());
    } catch (const error& e) {
        rethrow_at(e, where(key));
    }
}

money toml_fields::required_money(std::string_view key) {
    if (auto m = optional_money(key)) return *m;
    throw error(errc::input, fmt::format("{} needs the key '{}'", context_, key),
                source_location{file_, line_, std::string(key)});
}

money toml_fields::required_rate_amount(std::string_view key) {
    const money m = required_money(key);
    if (m.is_negative() || m.is_zero())
        fail(key, std::string(*table_->get(key)->value<std::string_view>()),
             "a positive amount, such as \"350.00\"");
    return m;
}

std::optional<half_days> toml_fields::optional_days(std::string_view key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    try {
        if (n->is_integer()) return half_days::parse(std::to_string(*n->value<int64_t>()));
        if (n->is_string()) return half_days::parse(*n->value<std::string_view>());
    } catch (const error& e) {
        rethrow_at(e, where(key));
    }
    fail(key, value_text(*n), "a number of days such as 10 or \"7.5\"");
}

std::vector<std::string> toml_fields::optional_strings(std::string_view key) {
    const toml::node* n = node(key);
    std::vector<std::string> out;
    if (!n) return out;
    const toml::array* a = n->as_array();
    if (!a) fail(key, value_text(*n), "an array of strings");
    for (const toml::node& e : *a) {
        if (!e.is_string()) fail(key, value_text(e), "an array of strings");
        out.emplace_back(*e.value<std::string_view>());
    }
    return out;
}

std::vector<int64_t> toml_fields::optional_ints(std::string_view key) {
    const toml::node* n = node(key);
    std::vector<int64_t> out;
    if (!n) return out;
    const toml::array* a = n->as_array();
    if (!a) fail(key, value_text(*n), "an array of whole numbers");
    for (const toml::node& e : *a) {
        if (!e.is_integer()) fail(key, value_text(e), "an array of whole numbers");
        out.push_back(*e.value<int64_t>());
    }
    return out;
}

std::vector<toml_fields> toml_fields::tables(std::string_view key) {
    const toml::node* n = node(key);
    std::vector<toml_fields> out;
    if (!n) return out;
    const toml::array* a = n->as_array();
    if (!a || !a->is_array_of_tables())
        fail(key, value_text(*n), fmt::format("an array of tables, written [[{}]]", key));
    for (const toml::node& e : *a)
        out.emplace_back(*e.as_table(), file_, fmt::format("[[{}]]", key));
    return out;
}

std::optional<toml_fields> toml_fields::optional_table(std::string_view key) {
    const toml::node* n = node(key);
    if (!n) return std::nullopt;
    const toml::table* t = n->as_table();
    if (!t) fail(key, value_text(*n), fmt::format("a table, written [{}]", key));
    return toml_fields(*t, file_, fmt::format("[{}]", key));
}

void toml_fields::finish() const {
    for (auto&& [key, value] : *table_) {
        if (read_.count(key.str()) == 0) {
            throw error(errc::input,
                        fmt::format("unknown key '{}' in {} (expected one of: {})", key.str(),
                                    context_, detail::join(read_, ", ")),
                        source_location{file_, line_of(value), std::string(key.str())});
        }
    }
}

}  // namespace io
}  // namespace v1
}  // namespace mhfund
