// Pricing one allocation without a scenario. mhf_price is meant for per-row use in a finance
// system (target: under a microsecond a call), so the hot path allocates as little as it can:
// the built-in catalogue is a cached static, and the rate card is copied only when a rate
// option is given, and then once per thread per distinct set of rates (see rates_for).
#include <memory>
#include <string>
#include <vector>

#include "capi.hpp"
#include "mhfund/catalogue.hpp"
#include "mhfund/pricing.hpp"

struct mhf_allocation {
    struct line {
        std::string category;
        std::string type;
        int64_t half_days = 0;
        int64_t rate_pence = 0;
        int64_t amount_pence = 0;
    };
    std::vector<line> lines;
    int64_t total = 0;
    std::string derivation;
};

namespace {

using mhf_detail::copy_out;
using mhf_detail::fail;
using mhf_detail::guarded;
using mhf_detail::out_of_range;

constexpr mhf_price_options default_options = MHF_PRICE_OPTIONS_INIT;

// Rate options a call gives; 0 = the rate card's own values.
struct rate_overrides {
    int64_t sle = 0;
    int64_t hub_event = 0;
    bool none() const { return sle == 0 && hub_event == 0; }
    bool operator==(const rate_overrides& o) const {
        return sle == o.sle && hub_event == o.hub_event;
    }
};

// The rate card to price with. Without rate options, the built-in one itself. With them, a
// per-thread copy with the options applied, rebuilt only when the options differ from the
// previous call's in this thread: a finance system pricing many rows at one SLE rate copies the
// card once. Per thread, so that calls from many threads share nothing mutable.
const mhfund::rate_card& rates_for(const rate_overrides& o) {
    const mhfund::rate_card& builtin = mhfund::catalogue::builtin().rates();
    if (o.none()) return builtin;
    struct cache {
        bool valid = false;
        rate_overrides key;
        mhfund::rate_card card;
    };
    thread_local cache c;
    if (!c.valid || !(c.key == o)) {
        c.valid = false;
        c.card = builtin;
        auto apply = [&](std::string_view setting, int64_t pence) {
            if (pence == 0) return;
            for (const mhfund::rate_def& r : builtin.rates())
                if (r.setting == setting) {
                    c.card.set_always(r.id, mhfund::money::from_pence(pence),
                                      "mhf_price option " + std::string(setting));
                    return;
                }
            throw mhfund::error(
                mhfund::errc::internal,
                "the built-in rate card has no rate set by " + std::string(setting));
        };
        apply("sle_rate", o.sle);
        apply("hub_event_rate", o.hub_event);
        c.key = o;
        c.valid = true;
    }
    return c.card;
}

// Checks the options struct and turns it into the C++ options. Returns MHF_OK or a code.
int read_options(const char* function, const mhf_price_options* opts, mhfund::price_options& out,
                 rate_overrides& rates) {
    if (opts == nullptr) opts = &default_options;
    if (opts->version == 0 || opts->version > MHF_PRICE_OPTIONS_VERSION)
        return fail(MHF_E_USAGE, std::string(function) + ": mhf_price_options version " +
                                     std::to_string(opts->version) +
                                     " is not supported (this library knows 1 to " +
                                     std::to_string(MHF_PRICE_OPTIONS_VERSION) +
                                     "); initialise it with MHF_PRICE_OPTIONS_INIT");
    out.pd_lead_accredited = opts->pd_lead_accredited != 0;
    switch (opts->pd_lead_policy) {
        case MHF_PD_LEAD_UNFUNDED:
            out.pd_lead = mhfund::pd_lead_policy::unfunded;
            break;
        case MHF_PD_LEAD_REALLOCATE:
            out.pd_lead = mhfund::pd_lead_policy::reallocate;
            break;
        default:
            return fail(MHF_E_USAGE, std::string(function) + ": pd_lead_policy " +
                                         std::to_string(opts->pd_lead_policy) +
                                         " is neither MHF_PD_LEAD_UNFUNDED nor "
                                         "MHF_PD_LEAD_REALLOCATE");
    }
    auto rate = [&](const char* setting, int64_t pence, int64_t& into) {
        if (pence < 0)
            throw mhfund::error(mhfund::errc::input,
                                "bad " + std::string(setting) + " " + std::to_string(pence) +
                                    " pence: expected a positive amount, or 0 for not set",
                                mhfund::source_location{"", 0, setting});
        into = pence;
    };
    rate("sle_rate", opts->sle_rate_pence, rates.sle);
    rate("hub_event_rate", opts->hub_event_rate_pence, rates.hub_event);
    auto days = [&](const char* setting, int halves) {
        if (halves == -1) return;
        if (halves < 0)
            throw mhfund::error(mhfund::errc::input,
                                "bad " + std::string(setting) + " " + std::to_string(halves) +
                                    " half-days: expected a count from 0, or -1 for not set",
                                mhfund::source_location{"", 0, setting});
        out.days.set(setting, mhfund::half_days::from_count(halves));
    };
    days("sle_days", opts->sle_half_days);
    days("hub_event_days", opts->hub_event_half_days);
    if (opts->start != nullptr) {
        try {
            out.start = mhfund::parse_date(opts->start);
        } catch (const mhfund::error& e) {
            mhfund::rethrow_at(e, mhfund::source_location{"", 0, "start"});
        }
    }
    return MHF_OK;
}

mhfund::allocation price(const char* function, const char* edition, const char* cohort, int year,
                         const mhf_price_options* opts, int& status) {
    mhfund::price_options options;
    rate_overrides overrides;
    status = read_options(function, opts, options, overrides);
    if (status != MHF_OK) return {};
    const mhfund::edition& ed = mhfund::catalogue::builtin().get(edition);
    return mhfund::price_year(ed, cohort, year, options, rates_for(overrides));
}

std::unique_ptr<mhf_allocation> detail_of(const mhfund::allocation& a) {
    auto out = std::make_unique<mhf_allocation>();
    out->lines.reserve(a.lines.size());
    for (const mhfund::priced_line& l : a.lines) {
        mhf_allocation::line x;
        x.category = std::string(l.category);
        x.type = std::string(mhfund::to_string(l.type));
        x.half_days = l.days.count();
        x.rate_pence = l.value ? l.value->amount.pence() : 0;
        x.amount_pence = l.amount.pence();
        out->lines.push_back(std::move(x));
    }
    out->total = a.total.pence();
    // Now, while the rate card the lines point into is certain to be unchanged.
    out->derivation = mhfund::derivation(a);
    return out;
}

mhfund::allocation price_workgroup(const char* edition, int wg_year) {
    const mhfund::catalogue& cat = mhfund::catalogue::builtin();
    return mhfund::price_workgroup_department(cat.get(edition), wg_year, cat.rates());
}

}  // namespace

extern "C" {

int mhf_price_options_init(mhf_price_options* opts, unsigned int version) {
    MHF_REQUIRE(opts);
    return guarded(__func__, [&]() -> int {
        if (version == 0 || version > MHF_PRICE_OPTIONS_VERSION)
            return fail(MHF_E_USAGE, "mhf_price_options_init: version " + std::to_string(version) +
                                         " is not supported (this library knows 1 to " +
                                         std::to_string(MHF_PRICE_OPTIONS_VERSION) + ")");
        *opts = default_options;
        opts->version = version;
        return MHF_OK;
    });
}

int mhf_price(int64_t* out_pence, const char* edition, const char* cohort, int year,
              const mhf_price_options* opts) {
    MHF_REQUIRE(out_pence);
    *out_pence = 0;
    MHF_REQUIRE(edition);
    MHF_REQUIRE(cohort);
    return guarded(__func__, [&]() -> int {
        int status = MHF_OK;
        const mhfund::allocation a = price("mhf_price", edition, cohort, year, opts, status);
        if (status == MHF_OK) *out_pence = a.total.pence();
        return status;
    });
}

int mhf_price_workgroup(int64_t* out_pence, const char* edition, int wg_year) {
    MHF_REQUIRE(out_pence);
    *out_pence = 0;
    MHF_REQUIRE(edition);
    return guarded(__func__, [&]() -> int {
        *out_pence = price_workgroup(edition, wg_year).total.pence();
        return MHF_OK;
    });
}

int mhf_price_detail(mhf_allocation** out, const char* edition, const char* cohort, int year,
                     const mhf_price_options* opts) {
    MHF_REQUIRE(out);
    *out = nullptr;
    MHF_REQUIRE(edition);
    MHF_REQUIRE(cohort);
    return guarded(__func__, [&]() -> int {
        int status = MHF_OK;
        const mhfund::allocation a = price("mhf_price_detail", edition, cohort, year, opts, status);
        if (status == MHF_OK) *out = detail_of(a).release();
        return status;
    });
}

int mhf_price_workgroup_detail(mhf_allocation** out, const char* edition, int wg_year) {
    MHF_REQUIRE(out);
    *out = nullptr;
    MHF_REQUIRE(edition);
    return guarded(__func__, [&]() -> int {
        *out = detail_of(price_workgroup(edition, wg_year)).release();
        return MHF_OK;
    });
}

int mhf_allocation_total(const mhf_allocation* allocation, int64_t* out_pence) {
    MHF_REQUIRE(allocation);
    MHF_REQUIRE(out_pence);
    *out_pence = allocation->total;
    return MHF_OK;
}

int mhf_allocation_line_count(const mhf_allocation* allocation, size_t* out) {
    MHF_REQUIRE(allocation);
    MHF_REQUIRE(out);
    *out = allocation->lines.size();
    return MHF_OK;
}

#define MHF_LINE(function, i)                                                 \
    MHF_REQUIRE(allocation);                                                  \
    if ((i) >= allocation->lines.size())                                      \
        return out_of_range(function, "line", (i), allocation->lines.size()); \
    const mhf_allocation::line& line = allocation->lines[(i)]

int mhf_allocation_line_category(const mhf_allocation* allocation, size_t i, char* buf,
                                 size_t buflen, size_t* needed) {
    MHF_LINE(__func__, i);
    return copy_out(__func__, line.category, buf, buflen, needed);
}

int mhf_allocation_line_type(const mhf_allocation* allocation, size_t i, char* buf, size_t buflen,
                             size_t* needed) {
    MHF_LINE(__func__, i);
    return copy_out(__func__, line.type, buf, buflen, needed);
}

int mhf_allocation_line_half_days(const mhf_allocation* allocation, size_t i, int64_t* out) {
    MHF_REQUIRE(out);
    MHF_LINE(__func__, i);
    *out = line.half_days;
    return MHF_OK;
}

int mhf_allocation_line_rate(const mhf_allocation* allocation, size_t i, int64_t* out_pence) {
    MHF_REQUIRE(out_pence);
    MHF_LINE(__func__, i);
    *out_pence = line.rate_pence;
    return MHF_OK;
}

int mhf_allocation_line_amount(const mhf_allocation* allocation, size_t i, int64_t* out_pence) {
    MHF_REQUIRE(out_pence);
    MHF_LINE(__func__, i);
    *out_pence = line.amount_pence;
    return MHF_OK;
}

int mhf_allocation_derivation(const mhf_allocation* allocation, char* buf, size_t buflen,
                              size_t* needed) {
    MHF_REQUIRE(allocation);
    return copy_out(__func__, allocation->derivation, buf, buflen, needed);
}

void mhf_allocation_free(mhf_allocation* allocation) {
    delete allocation;
}

}  // extern "C"
