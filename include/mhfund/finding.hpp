// Findings: what a run has to say that is not an error (a warning about the plan, a note on what
// the options changed), each with a kind for grouping and counting and, where it has one, the
// place in the input it is about.
#ifndef MHFUND_FINDING_HPP
#define MHFUND_FINDING_HPP

#include <string>
#include <utility>
#include <vector>

#include "mhfund/error.hpp"

namespace mhfund {
inline namespace v1 {

/// One finding: a warning or a note.
struct finding {
    /// A short, stable code for the kind of finding (e.g. "pd_lead.unfunded",
    /// "workgroup.release_exceeds_grant"): reports group and count findings by it.
    std::string kind;
    /// The sentence, without its location.
    std::string text;
    /// Where in the input it is about (file, line, field); empty parts when it is about the
    /// whole plan.
    source_location where;

    /// The finding as one line: "file:line: field 'name': text" (the parts that are known).
    std::string message() const { return to_prefix(where) + text; }
};

/// Two findings are equal when their kind, text and location are.
inline bool operator==(const finding& a, const finding& b) {
    return a.kind == b.kind && a.text == b.text && a.where.file == b.where.file &&
           a.where.line == b.where.line && a.where.field == b.where.field;
}
inline bool operator!=(const finding& a, const finding& b) {
    return !(a == b);
}

/// Each finding as one line (finding::message), in order.
inline std::vector<std::string> messages_of(const std::vector<finding>& findings) {
    std::vector<std::string> out;
    out.reserve(findings.size());
    for (const finding& f : findings)
        out.push_back(f.message());
    return out;
}

}  // namespace v1
}  // namespace mhfund

#endif  // MHFUND_FINDING_HPP
