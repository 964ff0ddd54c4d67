// Checking applications: each application against its edition's criteria (criteria.hpp), and a
// submission time against the edition's deadline (key_dates.hpp).
#ifndef MHFUND_APPLICATIONS_HPP
#define MHFUND_APPLICATIONS_HPP

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mhfund/criteria.hpp"
#include "mhfund/error.hpp"
#include "mhfund/key_dates.hpp"
#include "mhfund/uk_time.hpp"

namespace mhfund {
inline namespace v1 {

struct edition;
class catalogue;

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

/// The verdict on one submission.
struct deadline_result {
    bool on_time = false;  ///< `submitted` is at or before `last_on_time`
    instant submitted;     ///< when it was submitted, in UTC
    instant last_on_time;  ///< the deadline's last on-time second, in UTC
    /// "on time: 2025-03-14 16:59:00 GMT (2025-03-14T16:59:00Z), 1 min before the deadline
    /// 2025-03-14 17:00:00 GMT (2025-03-14T17:00:00Z)".
    std::string message;
};

/// Whether `submitted` was on time for `d`. An unknown deadline is an input error.
deadline_result check_deadline(const application_deadline& d, instant submitted);
/// The same for edition `e`'s deadline and a submission time as `parse_instant` reads it. An
/// edition without a known deadline, and a submission time parse_instant() refuses, are input
/// errors.
deadline_result check_deadline(const edition& e, std::string_view submitted);

}  // namespace v1
}  // namespace mhfund

#endif
