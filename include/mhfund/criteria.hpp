// Who may apply: an edition's essential and desirable criteria (domain.md section 6), as edition
// data. A criterion is either machine-checked from a column of the applications file (QTS, not an
// ECT, years teaching maths, a state-funded secondary school, a TRN for every named Work Group
// teacher) or a statement the applicant makes (good teaching, collaboration, …), recorded as
// given and never judged: the selection is the hub's (000).
#ifndef MHFUND_CRITERIA_HPP
#define MHFUND_CRITERIA_HPP

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mhfund {
inline namespace v1 {

/// How a criterion is checked against an application's columns.
enum class criterion_check {
    yes,        ///< one of `columns` says yes (e.g. qts; or qts, qtls)
    no,         ///< `columns[0]` says no (ect: 001 excludes ECTs)
    at_least,   ///< the whole number in `columns[0]` is at least `minimum`
    one_of,     ///< `columns[0]` is one of `values` (phase: middle, secondary)
    trn,        ///< every column holds a TRN or UQT; a blank one is unmet (003)
    urn,        ///< `columns[0]` holds a school URN
    statement,  ///< recorded as given (yes, no or blank), never judged
};
/// `yes`, `no`, `at_least`, `one_of`, `trn`, `urn` or `statement`: the words of an edition
/// file's `check`.
std::string_view to_string(criterion_check c);
/// Parses `yes`, `no`, `at_least`, `one_of`, `trn`, `urn` or `statement`; anything else is an
/// input error.
criterion_check parse_criterion_check(std::string_view text);

/// One criterion of an edition, from its `[[eligibility.criterion]]` table.
struct criterion {
    std::string id;    ///< `not_ect`, `years_teaching_maths`
    std::string text;  ///< the document's words
    /// Essential (the default), or desirable (`essential = false`): a desirable criterion is
    /// listed, met or not, and never makes an application ineligible.
    bool essential = true;
    /// How it is checked; a statement unless the edition says otherwise.
    criterion_check check = criterion_check::statement;
    std::vector<std::string> columns;  ///< the applications file's columns it reads
    int64_t minimum = 0;               ///< at_least: the smallest whole number that meets it
    std::vector<std::string> values;   ///< one_of: the values that meet it
    bool distinct = false;             ///< trn: the TRNs must be different teachers' (UQT excepted)
    std::string source;                ///< `001: Any teacher (excluding ECTs) …`
    long line = 0;                     ///< where it is in its edition file (the line of its `id`)

    /// Whether it is checked from the columns (everything but a statement).
    bool machine_checked() const { return check != criterion_check::statement; }
};

/// Who an application is from: a nominated teacher (SMS, FE) or a school's department (a Work
/// Group, 003).
enum class applicant_kind { teacher, department };

/// An edition's `[eligibility]` table.
struct eligibility_spec {
    /// Who applies: a teacher (the default) or a department (`applicant = "department"`).
    applicant_kind applicant = applicant_kind::teacher;
    /// The essential and desirable criteria, in the edition file's order (at least one).
    std::vector<criterion> criteria;
    /// The documents the criteria come from.
    std::string source;
};

/// The values the `phase` column takes: the phase of the school or setting the applicant teaches
/// in.
const std::vector<std::string_view>& phase_values();

}  // namespace v1
}  // namespace mhfund

#endif
