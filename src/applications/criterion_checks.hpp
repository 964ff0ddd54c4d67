// The checks of one criterion against one application, one function per kind of check
// (criterion_check): the answers a form gives (criteria_answers.cpp) and the identifiers it
// quotes (criteria_identifiers.cpp). check_application (check.cpp) calls the one a criterion
// names.
#ifndef MHFUND_SRC_APPLICATIONS_CRITERION_CHECKS_HPP
#define MHFUND_SRC_APPLICATIONS_CRITERION_CHECKS_HPP

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mhfund/applications.hpp"
#include "mhfund/criteria.hpp"
#include "mhfund/detail/text.hpp"

namespace mhfund {
inline namespace v1 {
namespace detail {

/// Where the cell of `column` of the application is: its row, with the column as the field.
inline source_location cell_at(const application& a, std::string_view column) {
    return source_location{a.where.file, a.where.line, std::string(column)};
}

/// One criterion being checked against one application, and the results it adds to: one per
/// column it judges (one for most checks; one per teacher for a TRN check).
struct criterion_check_context {
    const criterion& c;
    const application& a;
    std::vector<criterion_result>& results;

    /// The application's row, at `column`: where an input error or a result points.
    source_location at(std::string_view column) const { return cell_at(a, column); }
    /// The cell of `column`, trimmed.
    std::string cell(std::string_view column) const { return std::string(trim(a.cell(column))); }
    /// The column the criterion is about: the first it reads.
    const std::string& column() const { return c.columns.front(); }

    void push(criterion_result::status s, std::string given, std::string reason,
              std::string_view column) const {
        criterion_result x;
        x.id = c.id;
        x.text = c.text;
        x.source = c.source;
        x.essential = c.essential;
        x.check = c.check;
        x.outcome = s;
        x.given = std::move(given);
        x.reason = std::move(reason);
        x.where = at(column);
        results.push_back(std::move(x));
    }
};

void check_yes(const criterion_check_context& k);
void check_no(const criterion_check_context& k);
void check_at_least(const criterion_check_context& k);
void check_one_of(const criterion_check_context& k);
void check_statement(const criterion_check_context& k);
void check_trn(const criterion_check_context& k);
void check_urn(const criterion_check_context& k);

}  // namespace detail
}  // namespace v1
}  // namespace mhfund

#endif
