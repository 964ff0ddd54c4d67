// Typed, strict access to one TOML table: every getter names the file, line and key of a bad
// value, and finish() rejects keys nobody read (a typo must not be silently ignored).
#ifndef MHFUND_SRC_IO_TOML_FIELDS_HPP
#define MHFUND_SRC_IO_TOML_FIELDS_HPP

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "mhfund/calendar.hpp"
#include "mhfund/error.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"

namespace mhfund {
inline namespace v1 {
namespace io {

/// A TOML value as text for messages (`5.0`, `"abc"` without quotes, `(a table)`).
std::string value_text(const toml::node& n);

/// Parses TOML text; a syntax error becomes an input error at its file and line.
toml::table parse_toml(std::string_view text, const std::string& file);

class toml_fields {
  public:
    /// `context` names the table in messages, e.g. `[[year.line]]` or `[settings]`.
    toml_fields(const toml::table& table, std::string file, std::string context);

    bool has(std::string_view key) const;
    std::string required_string(std::string_view key);
    std::optional<std::string> optional_string(std::string_view key);
    /// An id (an edition's, a cohort's, a rate's): a string, not blank, with no control
    /// character and no space around it (an id of "" would match a blank cell of a roster).
    std::string required_id(std::string_view key);
    int64_t required_int(std::string_view key);
    std::optional<int64_t> optional_int(std::string_view key);
    bool optional_bool(std::string_view key, bool fallback);
    /// A TOML date (`2024-09-01`) or a string in the same form.
    date required_date(std::string_view key);
    std::optional<date> optional_date(std::string_view key);
    /// A string of pounds and pence (`"200.00"`): TOML floats are refused, money is exact.
    money required_money(std::string_view key);
    std::optional<money> optional_money(std::string_view key);
    /// A rate's amount: money as required_money() reads it, more than zero (a rate of £0.00 or
    /// −£1.00 would price lines at nothing or below it).
    money required_rate_amount(std::string_view key);
    /// An integer or a string in steps of half a day (`10`, `"7.5"`).
    std::optional<half_days> optional_days(std::string_view key);
    std::vector<std::string> optional_strings(std::string_view key);
    std::vector<int64_t> optional_ints(std::string_view key);
    /// An array of tables (`[[year]]`); empty when absent.
    std::vector<toml_fields> tables(std::string_view key);
    std::optional<toml_fields> optional_table(std::string_view key);

    /// Throws for the first key of the table that no getter asked for.
    void finish() const;

    source_location where(std::string_view key) const;
    source_location where() const { return {file_, line_, ""}; }
    const toml::table& table() const { return *table_; }
    const std::string& file() const { return file_; }

    [[noreturn]] void fail(std::string_view key, const std::string& value,
                           const std::string& expected) const;

  private:
    const toml::node* node(std::string_view key);
    const toml::table* table_;
    std::string file_;
    std::string context_;
    long line_ = 0;
    std::set<std::string, std::less<>> read_;
};

}  // namespace io
}  // namespace v1
}  // namespace mhfund

#endif
