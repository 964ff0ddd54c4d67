// The outturn (domain.md 9.4) over the C API. Like a forecast, an outturn copies what it shows
// out of the C++ result when it is run, so reading it is const and needs no scenario.
#include <array>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "capi.hpp"
#include "handles.hpp"
#include "mhfund/outturn.hpp"
#include "mhfund/scenario.hpp"

struct mhf_outturn {
    std::vector<std::string> key_names;
    struct row {
        std::vector<std::string> keys;
        std::string period;
        std::array<int64_t, 5> figures{};  // actual, unclaimed, to come, outturn, paid
    };
    std::vector<row> rows;
    std::array<int64_t, 5> totals{};
    std::vector<std::string> findings;
};

namespace {

using mhf_detail::check_index;
using mhf_detail::copy_out;
using mhf_detail::guarded;

std::unique_ptr<mhf_outturn> copy_of(const mhfund::outturn_result& r) {
    auto o = std::make_unique<mhf_outturn>();
    for (mhfund::dimension d : r.by)
        o->key_names.emplace_back(mhfund::to_string(d));
    o->rows.reserve(r.rows.size());
    for (const mhfund::outturn_row& row : r.rows)
        o->rows.push_back({row.keys,
                           row.when.label(),
                           {row.actual.pence(), row.unclaimed.pence(), row.to_come.pence(),
                            row.outturn.pence(), row.paid.pence()}});
    o->totals = {r.total.actual.pence(), r.total.unclaimed.pence(), r.total.to_come.pence(),
                 r.total.outturn.pence(), r.total.paid.pence()};
    for (const mhfund::claim_finding& f : r.findings)
        o->findings.push_back(fmt::format("{}:{}: {}: {}", f.where.file, f.where.line,
                                          mhfund::to_string(f.what), f.message));
    return o;
}

mhfund::outturn_options options_of(const char* as_of, const char* by, const char* period) {
    mhfund::outturn_options o;
    o.by = mhfund::parse_dimensions(by);
    o.period = mhfund::parse_period_kind(period);
    try {
        o.as_of = mhfund::parse_date(as_of);
    } catch (const mhfund::error& e) {
        throw mhfund::error(mhfund::errc::usage, "as_of: " + e.detail());
    }
    return o;
}

int run(const char* function, mhf_outturn** out, const mhf_scenario* scenario, const char* claims,
        const char* name, bool is_text, const char* as_of, const char* by, const char* period) {
    return guarded(function, [&] {
        MHF_REQUIRE(out);
        *out = nullptr;
        MHF_REQUIRE(scenario);
        MHF_REQUIRE(claims);
        MHF_REQUIRE(as_of);
        MHF_REQUIRE(by);
        MHF_REQUIRE(period);
        const mhfund::outturn_options o = options_of(as_of, by, period);
        const std::vector<mhfund::claim> list =
            is_text ? mhfund::read_claims(claims, name ? name : "(claims text)")
                    : mhfund::read_claims_file(claims);
        *out = copy_of(mhfund::run_outturn(scenario->s, list, o)).release();
    });
}

const mhf_outturn::row& row_of(const mhf_outturn* outturn, size_t row) {
    MHF_REQUIRE(outturn);
    check_index(row, outturn->rows.size(), "row");
    return outturn->rows[row];
}

void give_figures(const std::array<int64_t, 5>& f, int64_t* a, int64_t* u, int64_t* r, int64_t* o,
                  int64_t* p) {
    int64_t* outs[] = {a, u, r, o, p};
    for (std::size_t i = 0; i < f.size(); ++i)
        if (outs[i]) *outs[i] = f[i];
}

}  // namespace

extern "C" {

int mhf_outturn_run(mhf_outturn** out, const mhf_scenario* scenario, const char* claims_path,
                    const char* as_of, const char* by, const char* period) {
    return run(__func__, out, scenario, claims_path, nullptr, false, as_of, by, period);
}

int mhf_outturn_run_text(mhf_outturn** out, const mhf_scenario* scenario, const char* claims_csv,
                         const char* name, const char* as_of, const char* by, const char* period) {
    return run(__func__, out, scenario, claims_csv, name, true, as_of, by, period);
}

int mhf_outturn_row_count(size_t* out, const mhf_outturn* outturn) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(outturn);
        *out = outturn->rows.size();
    });
}

int mhf_outturn_key_count(size_t* out, const mhf_outturn* outturn) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(outturn);
        *out = outturn->key_names.size();
    });
}

int mhf_outturn_key_name(char* out, size_t out_size, size_t* out_len, const mhf_outturn* outturn,
                         size_t k) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(outturn);
        check_index(k, outturn->key_names.size(), "key");
        copy_out(outturn->key_names[k], out, out_size, out_len);
    });
}

int mhf_outturn_row_key(char* out, size_t out_size, size_t* out_len, const mhf_outturn* outturn,
                        size_t row, size_t k) {
    return guarded(__func__, [&] {
        const std::vector<std::string>& keys = row_of(outturn, row).keys;
        check_index(k, keys.size(), "key");
        copy_out(keys[k], out, out_size, out_len);
    });
}

int mhf_outturn_row_period(char* out, size_t out_size, size_t* out_len, const mhf_outturn* outturn,
                           size_t row) {
    return guarded(__func__,
                   [&] { copy_out(row_of(outturn, row).period, out, out_size, out_len); });
}

int mhf_outturn_row_figures(int64_t* out_actual, int64_t* out_unclaimed, int64_t* out_to_come,
                            int64_t* out_outturn, int64_t* out_paid, const mhf_outturn* outturn,
                            size_t row) {
    return guarded(__func__, [&] {
        give_figures(row_of(outturn, row).figures, out_actual, out_unclaimed, out_to_come,
                     out_outturn, out_paid);
    });
}

int mhf_outturn_totals(int64_t* out_actual, int64_t* out_unclaimed, int64_t* out_to_come,
                       int64_t* out_outturn, int64_t* out_paid, const mhf_outturn* outturn) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(outturn);
        give_figures(outturn->totals, out_actual, out_unclaimed, out_to_come, out_outturn,
                     out_paid);
    });
}

int mhf_outturn_finding_count(size_t* out, const mhf_outturn* outturn) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(outturn);
        *out = outturn->findings.size();
    });
}

int mhf_outturn_finding(char* out, size_t out_size, size_t* out_len, const mhf_outturn* outturn,
                        size_t i) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(outturn);
        check_index(i, outturn->findings.size(), "finding");
        copy_out(outturn->findings[i], out, out_size, out_len);
    });
}

void mhf_outturn_free(mhf_outturn* outturn) {
    delete outturn;
}

}  // extern "C"
