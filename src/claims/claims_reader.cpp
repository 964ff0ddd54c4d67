// The claims CSV reader (interfaces.md, Inputs): one row per claim, made by a participant or a
// Work Group, of days or of an amount. Every error names the file, line and column.
#include <fmt/format.h>

#include "io/csv.hpp"
#include "mhfund/claims.hpp"
#include "mhfund/identifiers.hpp"

namespace mhfund {
inline namespace v1 {

namespace {

std::string trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return std::string(s);
}

/// Runs `parse` on a cell and gives any error the cell's file, line and column.
template <typename F>
auto cell(const io::csv_columns& cols, const io::csv_row& row, std::string_view name, F parse) {
    try {
        return parse(trimmed(cols.get(row, name)));
    } catch (const error& e) {
        rethrow_at(e, cols.where(row, name));
    }
}

/// The claims file's columns: a claim needs one of each pair (participant or workgroup, days
/// or amount), so a header with neither of a pair is refused before any row.
struct claim_columns {
    const io::csv_columns& cols;
    std::string_view who_field;   ///< the column a missing subject is reported in
    std::string_view what_field;  ///< the column a missing quantity is reported in
};

claim_columns check_header(const io::csv_columns& cols, const source_location& header) {
    if (!cols.has("participant") && !cols.has("workgroup"))
        throw error(errc::input,
                    "missing column 'participant' or 'workgroup': each claim names the "
                    "participant or the Work Group that makes it",
                    header);
    if (!cols.has("days") && !cols.has("amount"))
        throw error(errc::input,
                    "missing column 'days' or 'amount': each claim gives days (release) or an "
                    "amount (travel, grants)",
                    header);
    return {cols, cols.has("participant") ? "participant" : "workgroup",
            cols.has("days") ? "days" : "amount"};
}

void read_subject(claim& c, const claim_columns& k, const io::csv_row& row) {
    c.participant = trimmed(k.cols.get(row, "participant"));
    c.workgroup = trimmed(k.cols.get(row, "workgroup"));
    if (c.participant.empty() && c.workgroup.empty())
        throw_input(std::string(k.who_field), "",
                    "the id of the participant or of the Work Group that makes the claim",
                    k.cols.where(row, k.who_field));
    if (!c.participant.empty() && !c.workgroup.empty())
        throw error(errc::input,
                    fmt::format("a claim is made by a participant or by a Work Group, not "
                                "both (participant '{}', workgroup '{}')",
                                c.participant, c.workgroup),
                    k.cols.where(row, "workgroup"));
}

void read_quantity(claim& c, const claim_columns& k, const io::csv_row& row) {
    const std::string days = trimmed(k.cols.get(row, "days"));
    const std::string amount = trimmed(k.cols.get(row, "amount"));
    if (days.empty() && amount.empty())
        throw_input(std::string(k.what_field), "",
                    "days claimed (in steps of half a day) or an amount (travel, grants)",
                    k.cols.where(row, k.what_field));
    if (!days.empty() && !amount.empty())
        throw error(errc::input,
                    fmt::format("a claim gives days or an amount, not both (days '{}', "
                                "amount '{}')",
                                days, amount),
                    k.cols.where(row, "amount"));
    if (!days.empty()) {
        c.days = cell(k.cols, row, "days", [](const std::string& v) {
            const half_days d = half_days::parse(v);
            if (d.is_zero())
                throw_input("number of days", v, "more than zero days, in steps of half a day");
            return d;
        });
    } else {
        c.amount = cell(k.cols, row, "amount", [](const std::string& v) {
            const money m = money::parse(v);
            // A correction is made by editing or removing the claim it corrects: a negative
            // claim would hide an over-claim from the check.
            if (m <= money{}) throw_input("amount", v, "an amount above zero, in pounds and pence");
            return m;
        });
    }
}

/// The payee and the day the claim was paid (domain.md 9.3), both optional columns.
void read_payment(claim& c, const claim_columns& k, const io::csv_row& row) {
    c.institution = cell(k.cols, row, "institution", [](const std::string& v) {
        if (!v.empty()) classify_institution(v);
        return v;
    });
    if (c.institution.empty() && !c.workgroup.empty())
        throw_input("institution", "",
                    "the URN of the department's school: a Work Group's grant is paid per "
                    "department",
                    k.cols.where(row, "institution"));
    c.paid = cell(k.cols, row, "paid", [&](const std::string& v) -> std::optional<date> {
        if (v.empty()) return std::nullopt;
        const date d = parse_date(v);
        if (d < c.when)
            throw_input("paid date", v,
                        "the day the hub paid the claim, on or after the claim's date " +
                            to_string(c.when));
        return d;
    });
}

claim read_claim(const claim_columns& k, const io::csv_row& row, const std::string& file) {
    claim c;
    c.where = {file, row.line, ""};
    read_subject(c, k, row);
    c.when = cell(k.cols, row, "date", [](const std::string& v) { return parse_date(v); });
    c.category = trimmed(k.cols.get(row, "category"));
    if (c.category.empty())
        throw_input("category", "", "the category claimed, e.g. central_events or travel",
                    k.cols.where(row, "category"));
    read_quantity(c, k, row);
    c.reference = trimmed(k.cols.get(row, "reference"));
    if (c.reference.empty())
        throw_input("reference", "",
                    "the hub's reference for the claim (invoice or claim form number)",
                    k.cols.where(row, "reference"));
    read_payment(c, k, row);
    return c;
}

}  // namespace

std::vector<claim> read_claims(std::string_view csv_text, const std::string& file) {
    const io::csv_table t = io::parse_csv(csv_text, file);
    const io::csv_columns cols(
        t, {"date", "category", "reference"},
        {"participant", "workgroup", "days", "amount", "institution", "paid"});
    const claim_columns k = check_header(cols, source_location{file, t.header_line, ""});
    std::vector<claim> out;
    out.reserve(t.rows.size());
    for (const io::csv_row& row : t.rows)
        out.push_back(read_claim(k, row, file));
    return out;
}

std::vector<claim> read_claims_file(const std::string& path) {
    return read_claims(io::read_text_file(path), path);
}

}  // namespace v1
}  // namespace mhfund
