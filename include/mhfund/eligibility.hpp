// Who may apply: each edition's essential and desirable criteria (domain.md section 6) as edition
// data, and the check of applications against them. A criterion is either machine-checked from
// a column of the applications file (QTS, not an ECT, years teaching maths, a state-funded
// secondary school, a TRN for every named Work Group teacher) or a statement the applicant makes
// (good teaching, collaboration, …), which is recorded as given and never judged: the selection
// is the hub's (000: "a selection procedure undertaken by their local Maths Hub").
#ifndef MHFUND_ELIGIBILITY_HPP
#define MHFUND_ELIGIBILITY_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {

struct edition;
class catalogue;

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

/// One application: the applications file's cells by column name. Cells are as typed; checking
/// trims them and reads yes/no in any case.
struct application {
    std::string applicant;  ///< the hub's own id for the application (not a name)
    std::string edition;    ///< the id of the edition applied to (`sms-2025-26`)
    std::string hub;        ///< the code of the applicant's Maths Hub (`WM1`)
    std::vector<std::pair<std::string, std::string>> cells;  ///< the other columns
    source_location where;  ///< file and line of the row; empty when not from a file

    /// The cell of `column`, or "" when there is none.
    std::string_view cell(std::string_view column) const;
};

/// The outcome of one criterion for one application (one per column for a TRN check, so that
/// every blank TRN is named).
struct criterion_result {
    std::string id;         ///< the criterion's id
    std::string text;       ///< the criterion's words
    std::string source;     ///< the document line the criterion comes from
    bool essential = true;  ///< essential, or desirable (never makes an application ineligible)
    criterion_check check = criterion_check::statement;  ///< how the criterion is checked
    /// The outcomes a check can have.
    enum class status {
        met,                       ///< a machine check that holds
        unmet,                     ///< a machine check that fails, or a value not given
        recorded,                  ///< a statement: recorded as given, not judged
    } outcome = status::recorded;  ///< what the check found for this application
    std::string given;             ///< what the application says: "yes", "1", "blank"; never a TRN
    std::string reason;            ///< for an unmet criterion: why
    source_location where;         ///< file, line and column of the cell it read
};

/// Every criterion of one application.
struct application_result {
    std::string applicant;  ///< the hub's own id for the application
    std::string edition;    ///< the id of the edition it was checked against
    std::string hub;        ///< the code of the applicant's Maths Hub, as the hub list writes it
    source_location where;  ///< file and line of the application's row; empty when not from a file
    /// One per criterion (one per column for a TRN check), in the edition's order.
    std::vector<criterion_result> results;
    /// For a Work Group department: the school's commitments (003 form) with the edition's
    /// figures, recorded as the application gives them.
    std::vector<std::string> commitments;

    /// No essential machine-checked criterion is unmet. Statements are for the hub's selection.
    bool eligible() const;
    /// The essential criteria not met, in the edition's order.
    std::vector<const criterion_result*> unmet() const;
};

/// Checks one application against edition `e`'s criteria. A value in the wrong form (a TRN,
/// URN, yes/no, number or phase the file cannot mean) is an input error naming the cell; a blank
/// one is an unmet criterion, not an error (003: "If this field is left blank, we will be unable
/// to process your application"). A blank or unknown hub, an `institution` that is neither a URN
/// nor a UKPRN and a `trn` that is not a TRN are input errors too, whatever the criteria. An
/// edition without criteria is an input error.
application_result check_application(const edition& e, const application& a);

/// Every application of a file, in file order.
struct applications_report {
    std::string file;                         ///< the applications file, as named to the reader
    std::vector<application_result> results;  ///< one per application, in file order
    /// How many applications are eligible (application_result::eligible()).
    std::size_t eligible_count() const;
};

/// The columns an applications file may have: `applicant`, `edition`, `hub`, `institution`,
/// `trn` and every column a criterion of `cat`'s editions reads.
std::vector<std::string> application_columns(const catalogue& cat);

/// Reads an applications CSV. `edition` (may be empty) is the `--edition` of the command line:
/// the edition of rows that name none (or of every row when the file has no `edition` column),
/// and the only edition checked (rows naming another are left out). Every row's hub must be one
/// of the 40, its edition one of `cat`'s with criteria, and the header must hold every column
/// the machine-checked criteria of its editions read; each failure is an input error naming the
/// file, line and column, before anything is checked. So are a blank or repeated `applicant`
/// and a column that is not one of application_columns(). `file` names the text in messages.
std::vector<application> read_applications(std::string_view csv_text, const std::string& file,
                                           const catalogue& cat, std::string_view edition = {});
/// The same, reading the file at `path`; a file that cannot be read is an input error.
std::vector<application> read_applications_file(const std::string& path, const catalogue& cat,
                                                std::string_view edition = {});
/// Checks each application read by read_applications() against its edition in `cat`, in order
/// (check_application(), whose errors it throws); `file` names the report. An edition `cat` does
/// not hold is an input error.
applications_report check_applications(const std::vector<application>& applications,
                                       const catalogue& cat, const std::string& file);

/// Parses `key=value` pairs separated by `;` or line ends (the C API's form), e.g.
/// `hub=WM1; ect=no; state_funded=yes; phase=secondary`. `applicant`, `edition` and `hub` fill
/// those fields; the rest become cells. A pair without `=` or a key given twice is an input
/// error.
application parse_application_fields(std::string_view text);

}  // namespace v1
}  // namespace mhfund

#endif
