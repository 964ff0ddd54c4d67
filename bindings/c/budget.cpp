// Approved budgets and comparisons. A budget handle holds the C++ budget and the inputs that
// changed since it was saved (checked once, when it is read); a comparison holds the C++ result.
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "capi.hpp"
#include "handles.hpp"
#include "mhfund/budget.hpp"
#include "mhfund/compare.hpp"

struct mhf_budget {
    mhfund::budget b;
    std::vector<std::string> changed;  ///< one line per changed input
};

struct mhf_comparison {
    mhfund::comparison c;
};

namespace {

using mhf_detail::check_index;
using mhf_detail::copy_out;
using mhf_detail::guarded;

std::vector<std::string> changed_lines(const std::vector<mhfund::input_difference>& changed) {
    std::vector<std::string> out;
    for (const mhfund::input_difference& d : changed)
        out.push_back(fmt::format("{} {}: saved {}, now {}", d.role, d.name, d.saved, d.current));
    return out;
}

mhfund::forecast_options options_of(const char* by, const char* period) {
    mhfund::forecast_options o;
    o.by = mhfund::parse_dimensions(by);
    o.period = mhfund::parse_period_kind(period);
    return o;
}

}  // namespace

int mhf_budget_make(mhf_budget** out, const mhf_scenario* scenario) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(scenario);
        *out = nullptr;
        *out = new mhf_budget{mhfund::make_budget(scenario->s), {}};
    });
}

int mhf_budget_save(const mhf_budget* budget, const char* path) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(budget);
        MHF_REQUIRE(path);
        mhfund::write_budget_file(budget->b, path);
    });
}

int mhf_budget_read_file(mhf_budget** out, const char* path) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(path);
        *out = nullptr;
        mhfund::budget b = mhfund::read_budget_file(path);
        std::vector<std::string> changed = changed_lines(mhfund::changed_inputs(b));
        *out = new mhf_budget{std::move(b), std::move(changed)};
    });
}

int mhf_budget_total(int64_t* out_pence, const mhf_budget* budget) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out_pence);
        MHF_REQUIRE(budget);
        *out_pence = budget->b.total().pence();
    });
}

int mhf_budget_forecast(mhf_forecast** out, const mhf_budget* budget, const char* by,
                        const char* period) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(budget);
        MHF_REQUIRE(by);
        MHF_REQUIRE(period);
        *out = nullptr;
        *out = mhf_detail::forecast_copy(budget->b.summarise(options_of(by, period))).release();
    });
}

int mhf_budget_changed_input_count(size_t* out, const mhf_budget* budget) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(budget);
        *out = budget->changed.size();
    });
}

int mhf_budget_changed_input(char* out, size_t out_size, size_t* out_len, const mhf_budget* budget,
                             size_t i) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(budget);
        check_index(i, budget->changed.size(), "changed input");
        copy_out(budget->changed[i], out, out_size, out_len);
    });
}

void mhf_budget_free(mhf_budget* budget) {
    delete budget;
}

int mhf_compare_files(mhf_comparison** out, const char* a_path, const char* b_path, const char* by,
                      const char* period) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(a_path);
        MHF_REQUIRE(b_path);
        MHF_REQUIRE(by);
        MHF_REQUIRE(period);
        *out = nullptr;
        const mhfund::forecast_options o = options_of(by, period);
        const mhfund::plan_source a = mhfund::read_plan(a_path);
        const mhfund::plan_source b = mhfund::read_plan(b_path);
        *out = new mhf_comparison{mhfund::compare(a, b, o)};
    });
}

int mhf_comparison_totals(int64_t* out_a_pence, int64_t* out_b_pence,
                          const mhf_comparison* comparison) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out_a_pence);
        MHF_REQUIRE(out_b_pence);
        MHF_REQUIRE(comparison);
        *out_a_pence = comparison->c.total_a.pence();
        *out_b_pence = comparison->c.total_b.pence();
    });
}

int mhf_comparison_line_count(size_t* out, const mhf_comparison* comparison) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(comparison);
        *out = comparison->c.lines.size();
    });
}

int mhf_comparison_line_amounts(int64_t* out_a_pence, int64_t* out_b_pence,
                                const mhf_comparison* comparison, size_t i) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out_a_pence);
        MHF_REQUIRE(out_b_pence);
        MHF_REQUIRE(comparison);
        check_index(i, comparison->c.lines.size(), "line");
        *out_a_pence = comparison->c.lines[i].a.pence();
        *out_b_pence = comparison->c.lines[i].b.pence();
    });
}

int mhf_comparison_line(char* out, size_t out_size, size_t* out_len,
                        const mhf_comparison* comparison, size_t i) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(comparison);
        check_index(i, comparison->c.lines.size(), "line");
        const mhfund::line_difference& l = comparison->c.lines[i];
        std::string text = fmt::format("{} year {} {}: ", l.subject, l.year, l.category);
        for (std::size_t k = 0; k < l.reasons.size(); ++k)
            text += (k ? "; " : "") + l.reasons[k];
        copy_out(text, out, out_size, out_len);
    });
}

int mhf_comparison_json(char* out, size_t out_size, size_t* out_len,
                        const mhf_comparison* comparison) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(comparison);
        copy_out(mhfund::format_comparison_json(comparison->c), out, out_size, out_len);
    });
}

void mhf_comparison_free(mhf_comparison* comparison) {
    delete comparison;
}
