// Reading JSON fields with their paths in every message (json_fields.hpp).
#include "budget/json_fields.hpp"

#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

void json_bad(const std::string& file, const std::string& path, const json& value,
              const std::string& expected) {
    const std::string shown = value.is_string()
                                  ? value.get<std::string>()
                                  : value.dump(-1, ' ', false, json::error_handler_t::replace);
    throw_input("value", shown, expected, source_location{file, 0, path});
}

date json_date(const std::string& file, const std::string& path, const json& value) {
    if (!value.is_string()) json_bad(file, path, value, "a date written YYYY-MM-DD");
    try {
        return parse_date(value.get<std::string>());
    } catch (const error& e) {
        rethrow_at(e, source_location{file, 0, path});
    }
}

money json_money(const std::string& file, const std::string& path, const json& value) {
    if (!value.is_string())
        json_bad(file, path, value,
                 "an amount as a string of pounds and pence, such as \"200.00\"");
    try {
        return money::parse(value.get<std::string>());
    } catch (const error& e) {
        rethrow_at(e, source_location{file, 0, path});
    }
}

json_fields::json_fields(const json& value, std::string file, std::string path)
    : object_(value), file_(std::move(file)), path_(std::move(path)) {
    if (!value.is_object())
        json_bad(file_, path_.empty() ? "(the file)" : path_, value, "an object");
}

std::string json_fields::path_of(const std::string& key) const {
    return path_.empty() ? key : path_ + "." + key;
}

const json& json_fields::required(const std::string& key) {
    const auto it = object_.find(key);
    if (it == object_.end())
        throw error(errc::input, "missing: a budget file has this field",
                    source_location{file_, 0, path_of(key)});
    read_.insert(key);
    return *it;
}

std::string json_fields::string(const std::string& key) {
    const json& v = required(key);
    if (!v.is_string()) json_bad(file_, path_of(key), v, "a string");
    return v.get<std::string>();
}

bool json_fields::boolean(const std::string& key) {
    const json& v = required(key);
    if (!v.is_boolean()) json_bad(file_, path_of(key), v, "true or false");
    return v.get<bool>();
}

int json_fields::integer(const std::string& key, int low, int high) {
    const json& v = required(key);
    if (!v.is_number_integer() || v.get<std::int64_t>() < low || v.get<std::int64_t>() > high)
        json_bad(file_, path_of(key), v,
                 "a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    return static_cast<int>(v.get<std::int64_t>());
}

date json_fields::day(const std::string& key) {
    return json_date(file_, path_of(key), required(key));
}

money json_fields::amount(const std::string& key) {
    return json_money(file_, path_of(key), required(key));
}

half_days json_fields::days(const std::string& key) {
    const json& v = required(key);
    if (v.is_string()) try {
            return half_days::parse(v.get<std::string>());
        } catch (const error&) {
        }
    json_bad(file_, path_of(key), v, "days as a string, in halves, such as \"7.5\"");
}

const json& json_fields::array(const std::string& key) {
    const json& v = required(key);
    if (!v.is_array()) json_bad(file_, path_of(key), v, "an array");
    return v;
}

void json_fields::finish() const {
    for (auto it = object_.begin(); it != object_.end(); ++it)
        if (read_.count(it.key()) == 0)
            throw_input("field", it.key(), "only the fields mhfund budget writes",
                        source_location{file_, 0, path_of(it.key())});
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
