// The criteria an application meets by quoting identifiers: teachers' TRNs and a school's
// URN (domain.md section 6). A value in the wrong form is bad data, an input error; a blank
// one is an unmet criterion.
#include <algorithm>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "applications/criterion_checks.hpp"
#include "mhfund/identifiers.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

namespace {
using st = criterion_result::status;
}  // namespace

void check_trn(const criterion_check_context& k) {
    std::vector<std::pair<std::string, std::string>> seen;  // TRN, column
    for (const std::string& col : k.c.columns) {
        const std::string v = k.cell(col);
        if (v.empty()) {
            k.push(st::unmet, "blank",
                   "blank TRN: a blank TRN makes an application unprocessable (003: "
                   "\"If this field is left blank, we will be unable to process your "
                   "application\"); give the TRN, or UQT for an unqualified teacher",
                   col);
            continue;
        }
        trn t;
        try {
            t = parse_trn(v);
        } catch (const error& err) {
            rethrow_at(err, k.at(col));
        }
        const auto dup = std::find_if(seen.begin(), seen.end(),
                                      [&](const auto& s) { return s.first == t.value; });
        if (k.c.distinct && !t.unqualified() && dup != seen.end()) {
            k.push(
                st::unmet, "given",
                fmt::format("the same TRN as '{}': two different teachers are needed", dup->second),
                col);
            continue;
        }
        seen.emplace_back(t.value, col);
        k.push(st::met, t.unqualified() ? "UQT" : "given", "", col);
    }
}

void check_urn(const criterion_check_context& k) {
    const std::string first = k.cell(k.column());
    if (first.empty()) {
        k.push(st::unmet, "blank", "not given: a school URN (6 digits) is needed", k.column());
        return;
    }
    try {
        parse_urn(first);
    } catch (const error& err) {
        rethrow_at(err, k.at(k.column()));
    }
    k.push(st::met, first, "", k.column());
}

}  // namespace detail
}  // namespace v1
}  // namespace mhfund
