// One side of a comparison: a budget file read back (with the inputs that changed since it was
// saved), or a scenario file priced now.
#include "io/csv.hpp"
#include "mhfund/compare.hpp"

namespace mhfund {
inline namespace v1 {

plan_source read_plan(const std::string& path) {
    plan_source out;
    out.file = path;
    const std::string text = io::read_text_file(path);
    out.is_budget = is_budget_text(text);
    if (out.is_budget) {
        out.plan = read_budget(text, path);
        out.changed = changed_inputs(out.plan);
    } else {
        const std::size_t slash = path.find_last_of('/');
        const std::string dir = slash == std::string::npos ? "." : path.substr(0, slash);
        out.plan = make_budget(load_scenario_text(text, path, dir));
    }
    return out;
}

}  // namespace v1
}  // namespace mhfund
