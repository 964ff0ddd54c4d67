// An edition's eligibility criteria: how each is checked, and the values of the phase column.
#include "mhfund/criteria.hpp"

#include <fmt/format.h>

#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {

std::string_view to_string(criterion_check c) {
    switch (c) {
        case criterion_check::yes:
            return "yes";
        case criterion_check::no:
            return "no";
        case criterion_check::at_least:
            return "at_least";
        case criterion_check::one_of:
            return "one_of";
        case criterion_check::trn:
            return "trn";
        case criterion_check::urn:
            return "urn";
        case criterion_check::statement:
            return "statement";
    }
    return "?";
}

criterion_check parse_criterion_check(std::string_view text) {
    for (criterion_check c : {criterion_check::yes, criterion_check::no, criterion_check::at_least,
                              criterion_check::one_of, criterion_check::trn, criterion_check::urn,
                              criterion_check::statement})
        if (text == to_string(c)) return c;
    throw_input("criterion check", std::string(text),
                "yes, no, at_least, one_of, trn, urn or statement");
}

const std::vector<std::string_view>& phase_values() {
    // The phase of the school or setting the applicant teaches maths in: 000 names middle and
    // secondary schools, 001 and 003 secondary schools, 004 Further Education settings. A
    // teacher in an all-through school's secondary phase writes secondary.
    static const std::vector<std::string_view> values{"primary", "middle", "secondary", "fe"};
    return values;
}

}  // namespace v1
}  // namespace mhfund
