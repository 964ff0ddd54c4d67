// Reading a JSON object field by field, each error naming the file, the JSON path of the bad
// value (`lines[3].shares[0]`), the value and what was expected; as io/toml_fields does for TOML.
#ifndef MHFUND_SRC_BUDGET_JSON_FIELDS_HPP
#define MHFUND_SRC_BUDGET_JSON_FIELDS_HPP

#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "mhfund/calendar.hpp"
#include "mhfund/half_days.hpp"
#include "mhfund/money.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

using json = nlohmann::json;

/// Throws the input error for `value` at `path` in `file`.
[[noreturn]] void json_bad(const std::string& file, const std::string& path, const json& value,
                           const std::string& expected);
/// A date `YYYY-MM-DD` at `path`.
date json_date(const std::string& file, const std::string& path, const json& value);
/// An amount written as a plain decimal string (`1234.56`) at `path`.
money json_money(const std::string& file, const std::string& path, const json& value);

/// One JSON object's fields, read once each; finish() refuses any field not read.
class json_fields {
  public:
    /// `value` must be an object, else an input error at `path`.
    json_fields(const json& value, std::string file, std::string path);

    /// The path of field `key` (`lines[3].year`).
    std::string path_of(const std::string& key) const;
    /// Field `key`, which must be present.
    const json& required(const std::string& key);
    std::string string(const std::string& key);
    bool boolean(const std::string& key);
    int integer(const std::string& key, int low, int high);
    date day(const std::string& key);
    money amount(const std::string& key);
    half_days days(const std::string& key);
    /// Field `key`, which must be an array.
    const json& array(const std::string& key);
    /// Refuses a field that was not read: a budget is written by the tool, so an unknown field
    /// means the file was edited or is not a budget.
    void finish() const;
    const std::string& file() const { return file_; }

  private:
    const json& object_;
    std::string file_;
    std::string path_;
    std::set<std::string> read_;
};

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
