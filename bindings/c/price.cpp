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

using mhf_detail::api_error;
using mhf_detail::check_index;
using mhf_detail::copy_out;
using mhf_detail::guarded;

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

void check_version(unsigned int version) {
    if (version == 0 || version > MHF_PRICE_OPTIONS_VERSION)
        throw api_error(MHF_E_USAGE, "mhf_price_options version " + std::to_string(version) +
                                         " is not supported (this library knows 1 to " +
                                         std::to_string(MHF_PRICE_OPTIONS_VERSION) +
                                         "); initialise it with MHF_PRICE_OPTIONS_INIT");
}

mhfund::pd_lead_policy policy_of(int policy) {
    switch (policy) {
        case MHF_PD_LEAD_UNFUNDED:
            return mhfund::pd_lead_policy::unfunded;
        case MHF_PD_LEAD_REALLOCATE:
            return mhfund::pd_lead_policy::reallocate;
    }
    throw api_error(MHF_E_USAGE, "pd_lead_policy " + std::to_string(policy) +
                                     " is neither MHF_PD_LEAD_UNFUNDED nor MHF_PD_LEAD_REALLOCATE");
}

// A rate option: a positive amount, or 0 for not set.
int64_t rate_option(const char* setting, int64_t pence) {
    if (pence < 0)
        throw mhfund::error(mhfund::errc::input,
                            "bad " + std::string(setting) + " " + std::to_string(pence) +
                                " pence: expected a positive amount, or 0 for not set",
                            mhfund::source_location{"", 0, setting});
    return pence;
}

// A days option: a count of half-days from 0, or -1 for not set.
void days_option(const char* setting, int halves, mhfund::day_settings& days) {
    if (halves == -1) return;
    if (halves < 0)
        throw mhfund::error(mhfund::errc::input,
                            "bad " + std::string(setting) + " " + std::to_string(halves) +
                                " half-days: expected a count from 0, or -1 for not set",
                            mhfund::source_location{"", 0, setting});
    days.set(setting, mhfund::half_days::from_count(halves));
}

// The C++ options of an options struct (NULL: the defaults), and its rates into `rates`.
mhfund::price_options read_options(const mhf_price_options* opts, rate_overrides& rates) {
    if (opts == nullptr) opts = &default_options;
    check_version(opts->version);
    mhfund::price_options out;
    out.pd_lead_accredited = opts->pd_lead_accredited != 0;
    out.pd_lead = policy_of(opts->pd_lead_policy);
    rates.sle = rate_option("sle_rate", opts->sle_rate_pence);
    rates.hub_event = rate_option("hub_event_rate", opts->hub_event_rate_pence);
    days_option("sle_days", opts->sle_half_days, out.days);
    days_option("hub_event_days", opts->hub_event_half_days, out.days);
    if (opts->start != nullptr) {
        try {
            out.start = mhfund::parse_date(opts->start);
        } catch (const mhfund::error& e) {
            mhfund::rethrow_at(e, mhfund::source_location{"", 0, "start"});
        }
    }
    return out;
}

mhfund::allocation price(const char* edition, const char* cohort, int year,
                         const mhf_price_options* opts) {
    rate_overrides overrides;
    const mhfund::price_options options = read_options(opts, overrides);
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

// Line i of an allocation, checked against the line count.
const mhf_allocation::line& line_of(const mhf_allocation* allocation, size_t i) {
    MHF_REQUIRE(allocation);
    check_index(i, allocation->lines.size(), "line");
    return allocation->lines[i];
}

// Gives a number field of line i into `out`, the output named `out_name`.
int line_number(const char* function, int64_t* out, const char* out_name,
                const mhf_allocation* allocation, size_t i, int64_t mhf_allocation::line::*field) {
    return guarded(function, [&] {
        mhf_detail::require(out, out_name);
        *out = line_of(allocation, i).*field;
    });
}

// Gives a text field of line i.
int line_text(const char* function, char* out, size_t out_size, size_t* out_len,
              const mhf_allocation* allocation, size_t i,
              std::string mhf_allocation::line::*field) {
    return guarded(function,
                   [&] { copy_out(line_of(allocation, i).*field, out, out_size, out_len); });
}

}  // namespace

extern "C" {

int mhf_price_options_init(mhf_price_options* out, unsigned int version) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        check_version(version);
        *out = default_options;
        out->version = version;
    });
}

int mhf_price(int64_t* out_pence, const char* edition, const char* cohort, int year,
              const mhf_price_options* opts) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out_pence);
        *out_pence = 0;
        MHF_REQUIRE(edition);
        MHF_REQUIRE(cohort);
        *out_pence = price(edition, cohort, year, opts).total.pence();
    });
}

int mhf_price_workgroup(int64_t* out_pence, const char* edition, int wg_year) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out_pence);
        *out_pence = 0;
        MHF_REQUIRE(edition);
        *out_pence = price_workgroup(edition, wg_year).total.pence();
    });
}

int mhf_price_detail(mhf_allocation** out, const char* edition, const char* cohort, int year,
                     const mhf_price_options* opts) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        *out = nullptr;
        MHF_REQUIRE(edition);
        MHF_REQUIRE(cohort);
        *out = detail_of(price(edition, cohort, year, opts)).release();
    });
}

int mhf_price_workgroup_detail(mhf_allocation** out, const char* edition, int wg_year) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        *out = nullptr;
        MHF_REQUIRE(edition);
        *out = detail_of(price_workgroup(edition, wg_year)).release();
    });
}

int mhf_allocation_total(int64_t* out_pence, const mhf_allocation* allocation) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out_pence);
        MHF_REQUIRE(allocation);
        *out_pence = allocation->total;
    });
}

int mhf_allocation_line_count(size_t* out, const mhf_allocation* allocation) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(out);
        MHF_REQUIRE(allocation);
        *out = allocation->lines.size();
    });
}

int mhf_allocation_line_category(char* out, size_t out_size, size_t* out_len,
                                 const mhf_allocation* allocation, size_t i) {
    return line_text(__func__, out, out_size, out_len, allocation, i,
                     &mhf_allocation::line::category);
}

int mhf_allocation_line_type(char* out, size_t out_size, size_t* out_len,
                             const mhf_allocation* allocation, size_t i) {
    return line_text(__func__, out, out_size, out_len, allocation, i, &mhf_allocation::line::type);
}

int mhf_allocation_line_half_days(int64_t* out_half_days, const mhf_allocation* allocation,
                                  size_t i) {
    return line_number(__func__, out_half_days, "out_half_days", allocation, i,
                       &mhf_allocation::line::half_days);
}

int mhf_allocation_line_rate(int64_t* out_pence, const mhf_allocation* allocation, size_t i) {
    return line_number(__func__, out_pence, "out_pence", allocation, i,
                       &mhf_allocation::line::rate_pence);
}

int mhf_allocation_line_amount(int64_t* out_pence, const mhf_allocation* allocation, size_t i) {
    return line_number(__func__, out_pence, "out_pence", allocation, i,
                       &mhf_allocation::line::amount_pence);
}

int mhf_allocation_derivation(char* out, size_t out_size, size_t* out_len,
                              const mhf_allocation* allocation) {
    return guarded(__func__, [&] {
        MHF_REQUIRE(allocation);
        copy_out(allocation->derivation, out, out_size, out_len);
    });
}

void mhf_allocation_free(mhf_allocation* allocation) {
    delete allocation;
}

}  // extern "C"
